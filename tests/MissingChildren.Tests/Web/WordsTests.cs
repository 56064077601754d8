using MissingChildren.Domain.Children;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Tests.Web;

/// <summary>No screen shows a domain code: every member of every domain enum has words (domain.md "Words").</summary>
public sealed class WordsTests
{
    private static readonly IReadOnlyList<Type> DomainEnums =
        [.. typeof(MissingChildren.Domain.Entity).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic)];

    private static readonly HashSet<string> Codes =
        [.. DomainEnums.SelectMany(Enum.GetNames).Where(n => n.Length > 1 && n.Skip(1).Any(char.IsUpper))];

    [Fact]
    public void Every_member_of_every_domain_enum_has_its_own_words_that_read_as_words()
    {
        var missing = DomainEnums.SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Where(v => !Words.Has(v) || Words.Of(v).Split(' ', '-', ':', ',', '(', ')', '\'').Any(Codes.Contains))
            .Select(v => $"{v.GetType().Name}.{v}")
            .ToList();

        Assert.True(DomainEnums.Count > 20);
        Assert.True(missing.Count == 0, "No words (or words that are a code) for: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(InvolvementType.CLAOtherAuthority, "Looked after by another authority")]
    [InlineData(InvolvementType.EarlyHelp, "Early help")]
    [InlineData(TaskType.CeRiskAssessment, "Child exploitation risk assessment")]
    [InlineData(TaskType.SeriousIncidentNotification, "Serious incident notification")]
    [InlineData(DocumentKind.SeriousIncidentNotification, "Serious incident notification")]
    public void A_code_reads_as_the_words_of_domain_md(object code, string words) => Assert.Equal(words, Words.Of((Enum)code));

    [Fact]
    public void A_code_held_as_text_reads_as_words_too()
    {
        Assert.Equal("Looked after by another authority", Words.Of<InvolvementType>("CLAOtherAuthority"));
        Assert.Equal("Awaiting authorisation", Words.Of<MissingChildren.Domain.ReturnInterviews.RhiStatus>("AwaitingAuthorisation"));
        Assert.Equal("", Words.Of<InvolvementType>(null));
    }

    [Fact]
    public void The_authorisation_filter_offers_every_duty_type_in_words()
    {
        var options = Words.Options<TaskType>();

        Assert.Equal(Enum.GetValues<TaskType>().Length, options.Count);
        Assert.All(options, o => Assert.DoesNotContain(o.Text.Split(' '), Codes.Contains));
        Assert.Contains(("CpCoordinatorNotification", "Child protection coordinator told"), options);
    }
}
