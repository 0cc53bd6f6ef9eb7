using System.Reflection;
using Proofread.Rules;

namespace Proofread.Engine;

/// <summary>
/// Every rule class of this assembly, found by reflection so that adding a rule is adding a file.
/// Instances are created once and shared (rules are stateless). A rule class discovery cannot
/// build (no public parameterless constructor, or one that throws) stops the program: a rule
/// must never go missing silently. What a rule needs it reads from its <see cref="RuleContext"/>.
/// </summary>
public static class BuiltInRules
{
    private static readonly Lazy<IReadOnlyList<IRule>> All = new(() => Build(RuleTypes(typeof(BuiltInRules).Assembly)));

    public static IReadOnlyList<IRule> Rules => All.Value;

    /// <summary>The concrete rule classes of an assembly, those marked <see cref="NotBuiltInAttribute"/> (pack rules) left out.</summary>
    public static IEnumerable<Type> RuleTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }
            && t.GetCustomAttribute<NotBuiltInAttribute>() is null);

    /// <summary>One instance of each rule class, ordered by id; an <see cref="InvalidOperationException"/> names a class that cannot be built.</summary>
    public static IReadOnlyList<IRule> Build(IEnumerable<Type> ruleTypes) =>
        ruleTypes.Select(Create).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToArray();

    private static IRule Create(Type type)
    {
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException(
                $"the rule class {type.FullName} has no public parameterless constructor, so it cannot be discovered as a built-in rule: "
                + "take what it needs from RuleContext (Lexicon, Run, Resources), or mark it [NotBuiltIn] if it is built from data");
        }

        try
        {
            return (IRule)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException e)
        {
            throw new InvalidOperationException($"the rule class {type.FullName} could not be built: {e.InnerException?.Message}", e.InnerException);
        }
    }
}

/// <summary>Marks a rule type that is constructed from data (a rule pack), not discovered as a built-in.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotBuiltInAttribute : Attribute
{
}
