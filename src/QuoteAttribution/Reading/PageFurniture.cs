using System.Collections.Frozen;
using AngleSharp.Dom;

namespace QuoteAttribution.Reading;

/// <summary>
/// The parts of a page that are never the article: scripts, navigation, headers, footers, asides, forms,
/// figure captions and elements whose class, id or role marks them as furniture. Applied inside whatever
/// main content was chosen, so a caption or a newsletter box that Readability keeps gives no statement.
/// </summary>
internal static class PageFurniture
{
    // A figure caption describes a photo and carries its credit ("Photo: ..."), never the story's statements.
    private static readonly FrozenSet<string> DroppedTags = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe", "svg",
        "button", "select", "object", "embed", "canvas", "dialog", "menu", "figcaption");

    // Class or id words (split on '-', '_' and spaces) that mark furniture; whole words only, so that
    // "shared" or "header-image" inside a story is not caught by accident of substring.
    private static readonly FrozenSet<string> FurnitureWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social",
        "comment", "comments", "related", "advert", "advertisement", "ad", "ads", "cookie", "cookies",
        "newsletter", "signup", "sidebar", "promo", "subscribe", "subscription", "masthead", "paywall",
        "skip", "footer", "popup", "modal", "banner", "sponsored", "outbrain", "taboola", "caption", "credit",
        "credits");

    private static readonly FrozenSet<string> FurnitureRoles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar");

    /// <summary>Whether <paramref name="element"/> and everything inside it is page furniture.</summary>
    public static bool Contains(IElement element)
    {
        if (DroppedTags.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        string? role = element.GetAttribute("role");
        if (role is not null && FurnitureRoles.Contains(role.Trim()))
        {
            return true;
        }

        return HasFurnitureWord(element.GetAttribute("class")) || HasFurnitureWord(element.Id);
    }

    private static bool HasFurnitureWord(string? value) =>
        value is not null
        && value.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(FurnitureWords.Contains);
}
