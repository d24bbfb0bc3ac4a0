namespace Restart.Core.Domain;

/// <summary>
/// The version of the consent texts people agree to. The texts themselves are in the web resources
/// (Consent.*); changing their meaning means a new version here, and people are asked again.
/// </summary>
public static class ConsentTexts
{
    public const string Version = "2026-11-22";
}
