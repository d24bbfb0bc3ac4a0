using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Keys;

namespace Restart.Core.Data;

/// <summary>
/// Signed checkpoints of the access log (ADR 0022): the newest entry's id and hash, signed with an ECDSA key
/// the database's writers do not hold, appended to one file a day in a folder outside the database. The
/// integrity check compares every checkpoint with the chain, so a rewritten chain (even by someone holding the
/// HMAC key) or a removed tail no longer passes for intact.
/// </summary>
public sealed class AccessLogCheckpoints(RestartKeys keys, TimeProvider clock)
{
    private const string Format = "v1";
    private readonly CheckpointSettings _settings = keys.Checkpoints;

    /// <summary>One checkpoint as read back: where it is, what it names, and whether a trusted key signed it.</summary>
    public sealed record Checkpoint(string File, int Line, DateTime WrittenAt, long EntryId, string Hash, bool SignedByTrustedKey);

    /// <summary>Signs the newest entry and appends the checkpoint to today's file (Korean date).</summary>
    public async Task<Checkpoint> WriteAsync(RestartDbContext db, CancellationToken cancellationToken)
    {
        var newest = await db.AccessLog.AsNoTracking().OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var (entryId, hash) = newest is null ? (0L, AccessLogChain.Genesis) : (newest.Id, newest.Hash);
        var now = clock.GetUtcNow();
        var writtenAt = now.UtcDateTime;
        var keyId = CheckpointSettings.KeyIdOf(_settings.SigningKey);
        var signature = Convert.ToBase64String(_settings.SigningKey.SignData(Signed(writtenAt, entryId, hash), HashAlgorithmName.SHA256));
        var line = string.Join(' ', Format, writtenAt.ToString("O", CultureInfo.InvariantCulture), entryId.ToString(CultureInfo.InvariantCulture), hash, keyId, signature) + "\n";

        Directory.CreateDirectory(_settings.Folder);
        var file = Path.Combine(_settings.Folder, $"access-log-{KoreanTime.ToKorean(writtenAt):yyyy-MM-dd}.checkpoints");
        // Append only: never truncated or rewritten, one write per line, so two instances' lines never interleave.
        await using (var stream = new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        return new Checkpoint(Path.GetFileName(file), 0, writtenAt, entryId, hash, true);
    }

    /// <summary>Every checkpoint in the folder, oldest file first; a line that does not parse counts as not signed.</summary>
    public IReadOnlyList<Checkpoint> ReadAll()
    {
        if (!Directory.Exists(_settings.Folder))
        {
            return [];
        }

        var trusted = _settings.TrustedKeys.Append(_settings.SigningKey).DistinctBy(CheckpointSettings.KeyIdOf).ToDictionary(CheckpointSettings.KeyIdOf);
        var checkpoints = new List<Checkpoint>();
        foreach (var path in Directory.GetFiles(_settings.Folder, "access-log-*.checkpoints").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (line.Length > 0)
                {
                    checkpoints.Add(Parse(Path.GetFileName(path), number, line, trusted));
                }
            }
        }

        return checkpoints;
    }

    private static Checkpoint Parse(string file, int number, string line, Dictionary<string, ECDsa> trusted)
    {
        var parts = line.Split(' ');
        if (parts.Length != 6 || parts[0] != Format
            || !DateTime.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var writtenAt)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var entryId))
        {
            return new Checkpoint(file, number, DateTime.MinValue, -1, "", false);
        }

        var signed = trusted.TryGetValue(parts[4], out var key)
            && TryFromBase64(parts[5]) is { } signature
            && key.VerifyData(Signed(writtenAt, entryId, parts[3]), signature, HashAlgorithmName.SHA256);
        return new Checkpoint(file, number, writtenAt, entryId, parts[3], signed);
    }

    private static byte[]? TryFromBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }

    private static byte[] Signed(DateTime writtenAt, long entryId, string hash) =>
        Encoding.UTF8.GetBytes($"restart-access-log-checkpoint/{Format}\n{writtenAt.ToString("O", CultureInfo.InvariantCulture)}\n{entryId.ToString(CultureInfo.InvariantCulture)}\n{hash}");
}
