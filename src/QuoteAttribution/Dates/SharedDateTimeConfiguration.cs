using System.Text.RegularExpressions;
using Microsoft.Recognizers.Definitions.English;
using Microsoft.Recognizers.Definitions.Utilities;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;
using Microsoft.Recognizers.Text.DateTime.Utilities;
using Microsoft.Recognizers.Text.Matcher;

namespace QuoteAttribution.Dates;

/// <summary>
/// The English DateTime model's configuration for its merged extractor, its merged parser and its set extractor,
/// built once: the extractors and parsers of <see cref="EnglishCommonDateTimeParserConfiguration"/> serve all
/// three, and the merged-only and set-only patterns are the library's own static ones
/// (<see cref="EnglishMergedExtractorConfiguration"/>, <see cref="EnglishSetExtractorConfiguration"/>).
/// </summary>
/// <remarks>
/// The library's <see cref="EnglishMergedExtractorConfiguration"/> builds every extractor again, its
/// <see cref="EnglishSetExtractorConfiguration"/> a third time, and its <see cref="EnglishMergedParserConfiguration"/>
/// builds the common configuration and then the period parsers a second time: about half of the model's first
/// use (hundreds of regular expressions) in a run where the model reads a few hundred phrases. The parts the model
/// reaches only under options this tool never sets (time zones under <c>EnablePreview</c>, alternatives under
/// <c>ExtendedTypes</c>) and the set parser (<c>every Monday</c>) are built on first use. The model reads as the
/// library's merged model does (a test compares them).
/// </remarks>
internal sealed class SharedDateTimeConfiguration
    : EnglishCommonDateTimeParserConfiguration, IMergedExtractorConfiguration, IMergedParserConfiguration, ISetExtractorConfiguration
{
    private readonly Lazy<IDateTimeParser> _setParser;
    private readonly Lazy<IDateTimeZoneExtractor> _timeZoneExtractor;
    private readonly Lazy<IDateTimeListExtractor> _alternativesExtractor;

    public SharedDateTimeConfiguration(IDateTimeOptionsConfiguration options)
        : base(options)
    {
        SetExtractor = new BaseSetExtractor(this);
        _setParser = new(() => new BaseSetParser(new EnglishSetParserConfiguration(this)));
        _timeZoneExtractor = new(() => new BaseTimeZoneExtractor(new EnglishTimeZoneExtractorConfiguration(this)));
        _alternativesExtractor = new(() => new BaseDateTimeAltExtractor(new EnglishDateTimeAltExtractorConfiguration(this)));
        AmbiguityFiltersDict = DefinitionLoader.LoadAmbiguityFilters(DateTimeDefinitions.AmbiguityFiltersDict);
    }

    public IDateTimeExtractor SetExtractor { get; }

    public IDateTimeParser SetParser => _setParser.Value;

    public IDateTimeParser HolidayParser => HolidayTimeParser;

    public IDateTimeZoneExtractor TimeZoneExtractor => _timeZoneExtractor.Value;

    public IDateTimeListExtractor DateTimeAltExtractor => _alternativesExtractor.Value;

    public Dictionary<Regex, Regex> AmbiguityFiltersDict { get; }

    // Only under DateTimeOptions.TasksMode, which this tool never sets.
    public Regex TasksModeMentionFilters => null!;

    public IEnumerable<Regex> TermFilterRegexes => EnglishMergedExtractorConfiguration.TermFilterRegexes;

    public Regex AfterRegex => EnglishMergedExtractorConfiguration.AfterRegex;

    public Regex BeforeRegex => EnglishMergedExtractorConfiguration.BeforeRegex;

    public Regex SinceRegex => EnglishMergedExtractorConfiguration.SinceRegex;

    public Regex AroundRegex => EnglishMergedExtractorConfiguration.AroundRegex;

    public Regex EqualRegex => EnglishMergedExtractorConfiguration.EqualRegex;

    public Regex FromToRegex => EnglishMergedExtractorConfiguration.FromToRegex;

    public Regex SingleAmbiguousMonthRegex => EnglishMergedExtractorConfiguration.SingleAmbiguousMonthRegex;

    public Regex AmbiguousRangeModifierPrefix => EnglishMergedExtractorConfiguration.AmbiguousRangeModifierPrefix;

    public Regex PotentialAmbiguousRangeRegex => EnglishMergedExtractorConfiguration.FromToRegex;

    public Regex PrepositionSuffixRegex => EnglishMergedExtractorConfiguration.PrepositionSuffixRegex;

    public Regex NumberEndingPattern => EnglishMergedExtractorConfiguration.NumberEndingPattern;

    public Regex SuffixAfterRegex => EnglishMergedExtractorConfiguration.SuffixAfterRegex;

    public Regex SuffixAfter => EnglishMergedExtractorConfiguration.SuffixAfterRegex;

    public Regex UnspecificDatePeriodRegex => EnglishMergedExtractorConfiguration.UnspecificDatePeriodRegex;

    public Regex UnspecificTimePeriodRegex => EnglishMergedExtractorConfiguration.UnspecificTimePeriodRegex;

    public Regex FailFastRegex => EnglishMergedExtractorConfiguration.FailFastRegex;

    // The merged extractor's year pattern; the merged parser takes the date-period extractor's.
    Regex IMergedExtractorConfiguration.YearRegex => EnglishMergedExtractorConfiguration.YearRegex;

    Regex IMergedParserConfiguration.YearRegex => EnglishDatePeriodExtractorConfiguration.YearRegex;

    public StringMatcher SuperfluousWordMatcher => EnglishMergedExtractorConfiguration.SuperfluousWordMatcher;

    public bool CheckBothBeforeAfter => DateTimeDefinitions.CheckBothBeforeAfter;

    // The set extractor's patterns (every Monday, twice a week): the library's static ones.
    Regex ISetExtractorConfiguration.LastRegex => EnglishSetExtractorConfiguration.SetLastRegex;

    Regex ISetExtractorConfiguration.EachPrefixRegex => EnglishSetExtractorConfiguration.EachPrefixRegex;

    Regex ISetExtractorConfiguration.PeriodicRegex => EnglishSetExtractorConfiguration.PeriodicRegex;

    Regex ISetExtractorConfiguration.EachUnitRegex => EnglishSetExtractorConfiguration.EachUnitRegex;

    Regex ISetExtractorConfiguration.EachDayRegex => EnglishSetExtractorConfiguration.EachDayRegex;

    Regex ISetExtractorConfiguration.BeforeEachDayRegex => EnglishSetExtractorConfiguration.BeforeEachDayRegex;

    Regex ISetExtractorConfiguration.SetWeekDayRegex => EnglishSetExtractorConfiguration.SetWeekDayRegex;

    Regex ISetExtractorConfiguration.SetEachRegex => EnglishSetExtractorConfiguration.SetEachRegex;

    Tuple<string, int> ISetExtractorConfiguration.WeekDayGroupMatchTuple(Match match) => SetHandler.WeekDayGroupMatchTuple(match);
}
