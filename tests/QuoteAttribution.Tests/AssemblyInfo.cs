using NUnit.Framework;

// Pin the culture so a test can never pass only on the author's locale; the code under test must not
// depend on it anyway (CA1304/CA1305/CA1307 are errors).
[assembly: SetCulture("en-US")]
[assembly: Parallelizable(ParallelScope.Fixtures)]
