using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>The RHI tests of one form: letters (R20).</summary>
public abstract partial class RhiPageTests
{
    [Fact]
    public async Task Post_Letter_WhenNothingSelected_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Letter", new());

        Assert.Equal(["Select whether the child lives independently"], result.ErrorSummary);
        Assert.Empty((await _data.LoadAsync(id)).Letters);
    }

    [Theory]
    [InlineData(11, "no", LetterRecipients.ParentOrCarer, "Dear parent or carer")]
    [InlineData(12, "no", LetterRecipients.ParentOrCarer, "Dear parent or carer")]
    [InlineData(13, "no", LetterRecipients.ParentOrCarer | LetterRecipients.Child, "Dear Casey and parent or carer")]
    [InlineData(15, "yes", LetterRecipients.ParentOrCarer | LetterRecipients.Child, "Dear Casey and parent or carer")]
    [InlineData(16, "no", LetterRecipients.ParentOrCarer | LetterRecipients.Child, "Dear Casey and parent or carer")]
    [InlineData(16, "yes", LetterRecipients.Child, "Dear Casey")]
    public async Task Post_Letter_IsAddressedByAgeAndLivingSituation(int age, string livingIndependently, LetterRecipients expected, string salutation)
    {
        var id = await _data.AllocatedRhiAsync(age);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Letter", new() { ["Letter.LivingIndependently"] = livingIndependently });

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        var letter = Assert.Single(rhi.Letters);
        Assert.Equal(expected, letter.Recipients);
        Assert.Equal(salutation, letter.Salutation);
        Assert.Equal(RhiStatus.Offered, rhi.Status);
        Assert.Contains(rhi.ContactAttempts, a => a.Method == ContactPattern.LetterMethod);

        var printable = await client.GetAsync($"/rhi/{id}/letters/{letter.Id}");
        Assert.Equal(HttpStatusCode.OK, printable.StatusCode);
        Assert.Contains(salutation, printable.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetterPdf_Opens_AndHoldsTheChildsNameAndTheOffer()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (client, page) = await OpenAsync(id);
        await SubmitAsync(client, page, "Letter", new() { ["Letter.LivingIndependently"] = "no" });
        var letter = Assert.Single((await _data.LoadAsync(id)).Letters);

        var response = await client.Http.GetAsync(new Uri($"/rhi/{id}/letters/{letter.Id}.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"rhi-letter-{letter.Id:N}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(letter.Pdf, bytes);
        var text = PdfText.Read(bytes);
        Assert.Contains(letter.ChildName, text, StringComparison.Ordinal);
        Assert.Contains("We would like to offer", text, StringComparison.Ordinal);
        Assert.Contains("return home interview", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter_OfAnotherRhi_Returns404()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (client, page) = await OpenAsync(id);
        await SubmitAsync(client, page, "Letter", new() { ["Letter.LivingIndependently"] = "no" });
        var letter = Assert.Single((await _data.LoadAsync(id)).Letters);
        var other = await _data.AllocatedRhiAsync(14);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rhi/{other}/letters/{letter.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(new Uri($"/rhi/{other}/letters/{letter.Id}.pdf", UriKind.Relative))).StatusCode);
    }
}
