using Proofread.Cli.Commands;
using Proofread.Evaluation;

namespace Proofread.Cli.Output;

/// <summary><c>eval</c>'s table by damage class, in text and as JSON objects.</summary>
internal static class DamageClassTable
{
    public static void Write(TextWriter output, IReadOnlyList<ClassFigure> classes)
    {
        output.WriteLine($"{"class",-32} {"d(in)",8} {"d(out)",8}  improvement");
        foreach (var figure in classes)
        {
            output.WriteLine($"{figure.Class.Name(),-32} {figure.DistanceBefore,8} {figure.DistanceAfter,8}  {EvalCommand.Figure(figure.Improvement)}");
        }
    }

    public static IEnumerable<object> Json(IReadOnlyList<ClassFigure> classes) =>
        classes.Select(c => new { @class = c.Class.Name(), distanceBefore = c.DistanceBefore, distanceAfter = c.DistanceAfter, improvement = c.Improvement });
}
