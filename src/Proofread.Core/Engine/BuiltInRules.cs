using System.Reflection;
using Proofread.Rules;

namespace Proofread.Engine;

/// <summary>
/// Every rule class of this assembly, found by reflection so that adding a rule is adding a file.
/// Instances are created once and shared (rules are stateless).
/// </summary>
public static class BuiltInRules
{
    private static readonly Lazy<IReadOnlyList<IRule>> All = new(Discover);

    public static IReadOnlyList<IRule> Rules => All.Value;

    private static IReadOnlyList<IRule> Discover() =>
        typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }
                && t.GetConstructor(Type.EmptyTypes) is not null
                && t.GetCustomAttribute<NotBuiltInAttribute>() is null)
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToArray();
}

/// <summary>Marks a rule type that is constructed from data (a rule pack), not discovered as a built-in.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotBuiltInAttribute : Attribute
{
}
