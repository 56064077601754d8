using MissingChildren.Domain.Children;

namespace MissingChildren.Tests.Domain;

/// <summary>R1: candidate children for a notification that could not be linked, and why each matched.</summary>
public sealed class ChildMatcherTests
{
    private static readonly DateOnly Dob = new(2011, 4, 17);

    private static CandidateChild Known(string first = "Jayden", string last = "Okafor", DateOnly? dob = null, string localId = "P200", string? address = "4 Marine Parade, Weston") =>
        new(Guid.NewGuid(), localId, first, last, dob ?? Dob, address);

    private static ReportedChild Reported(string? first = "Jayden", string? last = "Okafor", DateOnly? dob = null, string? localId = null, string? address = null) =>
        new(localId, first, last, dob, address);

    [Fact]
    public void Score_SameLocalId_IsTheStrongestReason()
    {
        var match = ChildMatcher.Score(Reported(first: null, last: null, localId: "p200"), Known());

        Assert.Equal([ChildMatcher.SameLocalId], match.Reasons);
        Assert.True(match.Score >= 100);
    }

    [Fact]
    public void Score_SameNameAndDateOfBirth_IgnoringCaseAccentsAndHyphens()
    {
        var match = ChildMatcher.Score(Reported("zoë", "o'neil-smith", Dob), Known("Zoe", "ONeil Smith"));

        Assert.Equal([ChildMatcher.SameNameAndDateOfBirth], match.Reasons);
    }

    [Fact]
    public void Score_FirstAndLastNamesSwapped_WithTheSameDateOfBirth()
    {
        var match = ChildMatcher.Score(Reported("Okafor", "Jayden", Dob), Known());

        Assert.Equal([ChildMatcher.NamesSwapped, ChildMatcher.SameDateOfBirth], match.Reasons);
    }

    [Theory]
    [InlineData("Jon", "John")]
    [InlineData("Bill", "William")]
    [InlineData("Jaden", "Jayden")]
    public void Score_SimilarFirstName_SaysWhichNames(string reported, string known)
    {
        var match = ChildMatcher.Score(Reported(reported, "Okafor", Dob), Known(known));

        Assert.Equal([$"Similar name ({reported}/{known})", ChildMatcher.SameDateOfBirth], match.Reasons);
    }

    [Fact]
    public void Score_SameAddress_IsAReason()
    {
        var match = ChildMatcher.Score(Reported("Sam", "Other", address: "4 MARINE PARADE WESTON"), Known());

        Assert.Equal([ChildMatcher.SameAddress], match.Reasons);
    }

    [Fact]
    public void Match_DropsChildrenWhoOnlyShareADateOfBirthOrASurname_AndPutsTheLikeliestFirst()
    {
        var exact = Known(localId: "P1");
        var swapped = Known("Okafor", "Jayden", localId: "P2");
        var sameBirthday = Known("Amira", "Khan", localId: "P3");
        var sameSurname = Known("Tola", "Okafor", new DateOnly(2009, 1, 1), localId: "P4");

        var matches = ChildMatcher.Match(Reported(dob: Dob), [sameBirthday, swapped, sameSurname, exact]);

        Assert.Equal(["P1", "P2"], matches.Select(m => m.Child.LocalId));
    }

    [Fact]
    public void Match_WithNothingInCommon_SuggestsNobody()
    {
        Assert.Empty(ChildMatcher.Match(Reported("Ada", "Lovelace", new DateOnly(2015, 12, 10)), [Known()]));
    }

    [Theory]
    [InlineData("  Zoë-Ann ", "zoeann")]
    [InlineData("O'Brien", "obrien")]
    [InlineData(null, "")]
    public void Normalise_RemovesCaseAccentsAndPunctuation(string? name, string expected) =>
        Assert.Equal(expected, ChildMatcher.Normalise(name));

    [Theory]
    [InlineData("tom", "tim", true)]
    [InlineData("ann", "anne", true)]
    [InlineData("jo", "jon", false)]
    [InlineData("mary", "maria", false)]
    public void AreSimilar_OneLetterApartForNamesOfThreeLettersOrMore(string a, string b, bool expected) =>
        Assert.Equal(expected, ChildMatcher.AreSimilar(a, b));
}
