using System.Security.Cryptography;
using Mektep.Engine.Data;
using Mektep.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Recipes;

/// <summary>Uploaded recipes: kept between the check and the run, and afterwards as a record of what ran.</summary>
public sealed class RecipeRuns(MektepDbContext db, RecipeExecutor executor, TimeProvider clock)
{
    /// <summary>Keeps an uploaded recipe for its uploader and returns its id; the preview page checks it.</summary>
    public async Task<string> AddAsync(string fileName, byte[] content, string userId, CancellationToken cancellationToken = default)
    {
        var recipeName = RecipeExecutor.NameOf(content);
        var run = new RecipeRun
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 256 } name ? name : "recipe.json",
            Name = recipeName.Length <= RecipeRun.MaxNameLength ? recipeName : recipeName[..RecipeRun.MaxNameLength],
            Content = content,
            CreatedBy = userId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    public Task<RecipeRun?> FindAsync(string id, CancellationToken cancellationToken = default)
        => db.Set<RecipeRun>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The latest uploads, newest first, without their content.</summary>
    public async Task<IReadOnlyList<RecipeRun>> RecentAsync(int count, CancellationToken cancellationToken = default)
        => await db.Set<RecipeRun>().AsNoTracking().OrderByDescending(r => r.CreatedUtc).Take(count)
            .Select(r => new RecipeRun { Id = r.Id, FileName = r.FileName, Name = r.Name, CreatedBy = r.CreatedBy, CreatedUtc = r.CreatedUtc, RunUtc = r.RunUtc, Summary = r.Summary })
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Runs an uploaded recipe once; a second run of the same upload, or one racing it, gets null (upload the file
    /// again to repeat it). A run that fails gives its claim back, so it can be tried again after a fix elsewhere.
    /// </summary>
    public async Task<RecipeCheck?> RunAsync(RecipeRun run, CancellationToken cancellationToken = default)
    {
        var claimed = await db.Set<RecipeRun>().Where(r => r.Id == run.Id && r.RunUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RunUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        var result = await executor.RunAsync(run.Content, cancellationToken);
        var summary = result.Succeeded ? string.Join("\n", result.Plan.Summary) : null;
        await db.Set<RecipeRun>().Where(r => r.Id == run.Id).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Summary, summary).SetProperty(r => r.RunUtc, r => summary == null ? null : r.RunUtc), CancellationToken.None);
        return result;
    }

    /// <summary>What is wrong with an upload of <paramref name="length"/> bytes before it is read, if anything.</summary>
    public static string? Problem(long length)
        => length switch
        {
            0 => "Choose a recipe file (.json) to upload.",
            > RecipeJson.MaxBytes => "The file is larger than 64 MB.",
            _ => null,
        };
}
