using System.Net;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Administration.Policy;

/// <summary>The policy and calendar pages are for administrators only.</summary>
public sealed class PolicyAccessTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    public static readonly TheoryData<string> Pages =
    [
        "/admin/policy",
        "/admin/policy/setting?path=returnInterview.offerWithinHours",
        "/admin/policy/profile",
        "/admin/policy/profile?profile=Medway",
        "/admin/calendar",
    ];

    public static TheoryData<string, string> PagesByOtherRole()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Pages)
        {
            foreach (var role in Roles.All.Where(r => r != Roles.Administrator))
            {
                data.Add(page, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_AsAdministrator_ShowsThePage(string url)
    {
        var client = await app.SignedInAsync(Roles.Administrator);

        var page = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEmpty(page.Heading);
    }

    [Theory]
    [MemberData(nameof(PagesByOtherRole))]
    public async Task Get_AsAnyOtherRole_IsForbidden(string url, string role)
    {
        var client = await app.SignedInAsync(role);

        var page = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_SignedOut_GoesToSignIn(string url)
    {
        var page = await app.CreateHtmlClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", new Uri(new Uri("http://localhost"), page.Location!).PathAndQuery, StringComparison.Ordinal);
    }
}
