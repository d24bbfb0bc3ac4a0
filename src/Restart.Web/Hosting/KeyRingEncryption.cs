using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Restart.Core.Keys;

namespace Restart.Web.Hosting;

/// <summary>
/// Encrypts the data-protection key ring's keys (they sign sign-in cookies, antiforgery tokens and mailed links)
/// before they are stored in the database, with AES-256-GCM under a key kept outside it ("Keys:DataProtection",
/// ADR 0022). The key id is stored with each element, so a rotated key still reads the keys it encrypted.
/// Used when no certificate is configured (DataProtection:CertificatePath takes precedence).
/// </summary>
public sealed class KeyRingEncryptor(DataProtectionKeys keys) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var ring = keys.Ring;
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var ciphertext = new byte[plaintext.Length];
        using (var aes = new AesGcm(ring.ActiveKey, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, Encoding.ASCII.GetBytes(ring.ActiveKeyId));
        }

        var element = new XElement("encryptedKey",
            new XAttribute("keyId", ring.ActiveKeyId),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(ciphertext)));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}

/// <summary>Reads what <see cref="KeyRingEncryptor"/> wrote; created by the data-protection system with the app's services.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var ring = services.GetRequiredService<DataProtectionKeys>().Ring;
        var keyId = (string?)encryptedElement.Attribute("keyId") ?? "";
        if (!ring.TryGet(keyId, out var key))
        {
            throw new CryptographicException($"A data-protection key is encrypted with key '{keyId}', which is not configured (Keys:DataProtection).");
        }

        var ciphertext = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key, 16))
        {
            aes.Decrypt(Convert.FromBase64String((string)encryptedElement.Element("nonce")!), ciphertext,
                Convert.FromBase64String((string)encryptedElement.Element("tag")!), plaintext, Encoding.ASCII.GetBytes(keyId));
        }

        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}

/// <summary>The keys that encrypt the data-protection key ring at rest.</summary>
public sealed record DataProtectionKeys(KeyRing Ring);
