using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>The cookie and anti-forgery keys every node shares: kept in the database, encrypted when a certificate is set.</summary>
public sealed class DataProtectionTests
{
    [Fact]
    public async Task WithACertificate_TheKeysInTheDatabaseAreEncrypted_AndSignInStillWorks()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"mc-dp-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=MissingChildren data protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        }

        try
        {
            await using var app = new SqliteAppFactory();
            app.With("DataProtection:CertificatePath", pfx).With("DataProtection:CertificatePassword", "test-password");
            await app.InitializeAsync();
            var client = app.CreateHtmlClient();

            await client.SignInAsync(MissingChildren.Domain.Roles.SocialWorker);
            var signedIn = await client.GetAsync("/children");

            Assert.Equal(System.Net.HttpStatusCode.OK, signedIn.StatusCode);
            var keys = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("encryptedSecret", xml!, StringComparison.Ordinal);
                Assert.DoesNotContain("<value>", xml!, StringComparison.Ordinal);
            });
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public async Task WithoutACertificate_TheKeysAreStoredInTheDatabase()
    {
        await using var app = new SqliteAppFactory();
        await app.InitializeAsync();
        var client = app.CreateHtmlClient();

        await client.SignInAsync(MissingChildren.Domain.Roles.SocialWorker);

        var keys = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<value>", xml!, StringComparison.Ordinal));
    }
}
