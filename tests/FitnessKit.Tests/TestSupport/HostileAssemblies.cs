using FitnessKit.Model;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FitnessKit.Tests.TestSupport;

/// <summary>
/// Writes small, valid assemblies with Mono.Cecil whose names or shapes are hostile: markup, quotes, control characters
/// and non-ASCII in type and member names, unprintable (obfuscated) names, generics nested 50 levels deep, an enormous
/// method body. Each pair is two bounded contexts, <c>Shop.Orders</c> and <c>Shop.Billing</c>, with no contracts: Billing's
/// type creates and calls Orders' type, which FK001 reports. The files are written into a folder the caller owns (a
/// temp folder) and never loaded into the test process.
/// </summary>
internal static class HostileAssemblies
{
    /// <summary>
    /// The Orders type of <see cref="WriteMarkupNames"/>: a script tag in a type name. It does not start with <c>&lt;</c>,
    /// as the compiler's own types do (anonymous types; closures and state machines, nested), whose dependencies are
    /// folded away.
    /// </summary>
    public const string MarkupTarget = "Shop.Orders.Order<script>alert(1)</script>";

    /// <summary>The Billing type of <see cref="WriteMarkupNames"/>: closing markup, an event handler, quotes, an ampersand.</summary>
    public const string MarkupSource = "Shop.Billing.Invoice</td><img src=x onerror=alert(2)>\"'&amp;";

    /// <summary>The Billing member of <see cref="WriteMarkupNames"/> that holds the dependency: quotes, markup and an ampersand.</summary>
    public const string MarkupMember = "Issue\"<b>'&";

    /// <summary>A third kind of hostile name, in Orders beside <see cref="MarkupTarget"/>: control characters (bell, an ANSI escape, a line break) and non-ASCII text.</summary>
    public const string ControlAndUnicodeType = "Shop.Orders.Bestellung\u0007\u001b[31mÜberfällig\n日本語\u200B";

    /// <summary>Writes <c>Shop.Orders.dll</c> (<see cref="MarkupTarget"/> and <see cref="ControlAndUnicodeType"/>) and <c>Shop.Billing.dll</c> (<see cref="MarkupSource"/>, whose <see cref="MarkupMember"/> uses the script-named type).</summary>
    /// <param name="directory">An existing folder, such as a test's temp folder.</param>
    /// <returns>The two files and the names in them.</returns>
    public static HostileContexts WriteMarkupNames(string directory) =>
        WriteContexts(directory, MarkupTarget, MarkupSource, MarkupMember, [ControlAndUnicodeType]);

    /// <summary>The Orders type of <see cref="WriteInvisibleNames"/>: a right-to-left override (U+202E) that would show <c>Invoice.exe</c> as <c>Invoiceexe.txt</c>, then its pop (U+202C).</summary>
    public const string InvisibleTarget = "Shop.Orders.Invoice\u202Etxt.exe\u202C";

    /// <summary>The Billing type of <see cref="WriteInvisibleNames"/>: a zero-width space (U+200B) and the four isolates (U+2066-U+2069).</summary>
    public const string InvisibleSource = "Shop.Billing.Pay\u200Bment\u2066A\u2067B\u2068C\u2069";

    /// <summary>The Billing member of <see cref="WriteInvisibleNames"/>: C0 control characters (U+0001, a tab, a line break, an ANSI escape, U+001F).</summary>
    public const string InvisibleMember = "Issue\u0001\t\nNo violations.\u001B[2K\u001F";

    /// <summary>Writes the two contexts with names that hold invisible, bidirectional and control characters (<see cref="InvisibleTarget"/>, <see cref="InvisibleSource"/>, <see cref="InvisibleMember"/>).</summary>
    /// <param name="directory">An existing folder.</param>
    /// <returns>The two files and the names in them.</returns>
    public static HostileContexts WriteInvisibleNames(string directory) =>
        WriteContexts(directory, InvisibleTarget, InvisibleSource, InvisibleMember, []);

    /// <summary>The Orders type of <see cref="WriteScriptDataNames"/>: an HTML comment opener then a script tag, which inside a script element would keep a later <c>&lt;/script&gt;</c> from ending it.</summary>
    public const string ScriptDataTarget = "Shop.Orders.Order<!--<script>";

    /// <summary>The Billing type of <see cref="WriteScriptDataNames"/>: an end tag of a script element, in capitals with a space, then a script of its own.</summary>
    public const string ScriptDataSource = "Shop.Billing.Invoice</SCRIPT ><script>window.__pwned='source'</script>";

    /// <summary>The Billing member of <see cref="WriteScriptDataNames"/>: a line separator (U+2028), which ended a string in JavaScript before ES2019, and a comment closer.</summary>
    public const string ScriptDataMember = "Issue\u2028-->";

    /// <summary>Writes the two contexts with names made to break out of data embedded in a <c>&lt;script&gt;</c> element (<see cref="ScriptDataTarget"/>, <see cref="ScriptDataSource"/>, <see cref="ScriptDataMember"/>).</summary>
    /// <param name="directory">An existing folder.</param>
    /// <returns>The two files and the names in them.</returns>
    public static HostileContexts WriteScriptDataNames(string directory) =>
        WriteContexts(directory, ScriptDataTarget, ScriptDataSource, ScriptDataMember, []);

    /// <summary>Writes the same two contexts with names an obfuscator would give: unprintable, invisible and look-alike characters.</summary>
    /// <param name="directory">An existing folder.</param>
    /// <returns>The two files and the names in them.</returns>
    public static HostileContexts WriteObfuscatedNames(string directory) =>
        WriteContexts(directory, "Shop.Orders.\u0001\u0002\u200E", "Shop.Billing.\u200B\u200C\uFEFF", "\u0003\u00A0\u2028", ["Shop.Orders.\u0430\u0430"]);

    /// <summary>
    /// Writes Orders with a plain <c>Shop.Orders.Order</c> and Billing with 50 generic types, each nested in the previous one,
    /// and a field of type <c>Box&lt;Box&lt;...Box&lt;Order&gt;...&gt;&gt;</c> nested <paramref name="depth"/> levels deep.
    /// </summary>
    /// <param name="directory">An existing folder.</param>
    /// <param name="depth">How deeply the generics nest.</param>
    /// <returns>The two files; <see cref="HostileContexts.SourceType"/> is the innermost nested type, which holds the field.</returns>
    public static HostileContexts WriteDeepGenerics(string directory, int depth = 50)
    {
        var order = WriteOrdersWithOneClass(directory);
        var billing = NewAssembly("Shop.Billing");
        var module = billing.MainModule;
        var box = AddClass(module, "Shop.Billing", "Box`1");
        box.GenericParameters.Add(new GenericParameter("T", box));
        var outer = AddClass(module, "Shop.Billing", "Level0`1");
        outer.GenericParameters.Add(new GenericParameter("T0", outer));
        var innermost = outer;
        for (var level = 1; level < depth; level++)
        {
            var nested = new TypeDefinition(string.Empty, $"Level{level}`1", TypeAttributes.NestedPublic | TypeAttributes.Class, ObjectOf(module));
            nested.GenericParameters.Add(new GenericParameter($"T{level}", nested));
            innermost.NestedTypes.Add(nested);
            innermost = nested;
        }

        TypeReference fieldType = module.ImportReference(order);
        for (var level = 0; level < depth; level++)
        {
            var instance = new GenericInstanceType(box);
            instance.GenericArguments.Add(fieldType);
            fieldType = instance;
        }

        innermost.Fields.Add(new FieldDefinition("Deep", FieldAttributes.Public, fieldType));
        Write(billing, directory);
        return new HostileContexts(Path.Combine(directory, "Shop.Orders.dll"), Path.Combine(directory, "Shop.Billing.dll"), "Shop.Orders.Order", FullNameOf(innermost), "Deep");
    }

    /// <summary>Writes Orders with <c>Shop.Orders.Order</c> and Billing with one method of <paramref name="instructions"/> instructions that creates an Order only at its very end.</summary>
    /// <param name="directory">An existing folder.</param>
    /// <param name="instructions">How many instructions the method has, about one byte each.</param>
    /// <returns>The two files; the dependency is in <c>Shop.Billing.Ledger.Replay</c>.</returns>
    public static HostileContexts WriteEnormousMethod(string directory, int instructions)
    {
        var order = WriteOrdersWithOneClass(directory);
        var billing = NewAssembly("Shop.Billing");
        var module = billing.MainModule;
        var ledger = AddClass(module, "Shop.Billing", "Ledger");
        var replay = new MethodDefinition("Replay", MethodAttributes.Public | MethodAttributes.Static, module.TypeSystem.Void);
        var il = replay.Body.GetILProcessor();
        for (var i = 0; i < instructions / 2; i++)
        {
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Pop);
        }

        il.Emit(OpCodes.Newobj, module.ImportReference(order.Methods.Single(m => m.IsConstructor)));
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ret);
        ledger.Methods.Add(replay);
        Write(billing, directory);
        return new HostileContexts(Path.Combine(directory, "Shop.Orders.dll"), Path.Combine(directory, "Shop.Billing.dll"), "Shop.Orders.Order", "Shop.Billing.Ledger", "Replay");
    }

    /// <summary>Writes an assembly with one public class, for a given name and version, such as two builds of one assembly name.</summary>
    /// <param name="directory">An existing folder.</param>
    /// <param name="assemblyName">The assembly name, also the namespace of its class <c>Marker</c>.</param>
    /// <param name="version">The assembly version.</param>
    /// <returns>The file written, <c>&lt;assemblyName&gt;.dll</c>.</returns>
    public static string WritePlain(string directory, string assemblyName, Version version)
    {
        var assembly = NewAssembly(assemblyName, version);
        AddClass(assembly.MainModule, assemblyName, "Marker");
        return Write(assembly, directory);
    }

    /// <summary>Writes an assembly with one public class, <c>Marker</c>, in each of the given namespaces: a large code base in a few seconds.</summary>
    /// <param name="directory">An existing folder.</param>
    /// <param name="assemblyName">The assembly name.</param>
    /// <param name="namespaces">The namespaces, each of which gets a class.</param>
    /// <returns>The file written, <c>&lt;assemblyName&gt;.dll</c>.</returns>
    public static string WriteNamespaces(string directory, string assemblyName, IEnumerable<string> namespaces)
    {
        var assembly = NewAssembly(assemblyName);
        foreach (var name in namespaces)
        {
            AddClass(assembly.MainModule, name, "Marker");
        }

        return Write(assembly, directory);
    }

    /// <summary>
    /// Writes an assembly whose namespaces <c>Ring.C0</c> to <c>Ring.C{count - 1}</c> each hold a class <c>Link</c> with a
    /// field of the next namespace's <c>Link</c>, the last one's pointing back at the first: one cycle through every
    /// namespace, so that a map of a context per namespace is one cycle of <paramref name="count"/> contexts.
    /// </summary>
    /// <param name="directory">An existing folder.</param>
    /// <param name="count">How many namespaces.</param>
    /// <returns>The file written, <c>Ring.dll</c>.</returns>
    public static string WriteRing(string directory, int count)
    {
        var assembly = NewAssembly("Ring");
        var links = Enumerable.Range(0, count).Select(i => AddClass(assembly.MainModule, $"Ring.C{i}", "Link")).ToList();
        for (var i = 0; i < count; i++)
        {
            links[i].Fields.Add(new FieldDefinition("Next", FieldAttributes.Public, links[(i + 1) % count]));
        }

        return Write(assembly, directory);
    }

    /// <summary>
    /// Copies a compiled assembly into <paramref name="directory"/> with one top-level type renamed, as an IL rewriter or
    /// another compiler could name it (<c>&lt;Woven&gt;ShipmentPlanner</c>), which C# cannot write. Its namespace, members,
    /// code and nested types are kept; its PDB is not.
    /// </summary>
    /// <param name="assemblyPath">The compiled assembly, such as a subject under artifacts/subjects.</param>
    /// <param name="fullName">The full name of the top-level type to rename.</param>
    /// <param name="newName">The new name, without namespace.</param>
    /// <param name="directory">An existing folder other than the assembly's own.</param>
    /// <returns>The file written, named as the original.</returns>
    public static string WriteWithTypeRenamed(string assemblyPath, string fullName, string newName, string directory)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        assembly.MainModule.Types.Single(t => t.FullName == fullName).Name = newName;
        var path = Path.Combine(directory, Path.GetFileName(assemblyPath));
        assembly.Write(path);
        return path;
    }

    /// <summary>Writes <c>Shop.Orders.dll</c> with one plain class, <c>Shop.Orders.Order</c>, and returns it for Billing to use.</summary>
    private static TypeDefinition WriteOrdersWithOneClass(string directory)
    {
        var orders = NewAssembly("Shop.Orders");
        var order = AddClass(orders.MainModule, "Shop.Orders", "Order");
        Write(orders, directory);
        return order;
    }

    private static HostileContexts WriteContexts(string directory, string target, string source, string member, IReadOnlyList<string> otherOrdersTypes)
    {
        var orders = NewAssembly("Shop.Orders");
        var targetType = AddClass(orders.MainModule, Namespace(target), Name(target));
        var price = new MethodDefinition("Price", MethodAttributes.Public, orders.MainModule.TypeSystem.Int32);
        price.Body.GetILProcessor().Emit(OpCodes.Ldc_I4_1);
        price.Body.GetILProcessor().Emit(OpCodes.Ret);
        targetType.Methods.Add(price);
        foreach (var other in otherOrdersTypes)
        {
            AddClass(orders.MainModule, Namespace(other), Name(other));
        }

        Write(orders, directory);

        var billing = NewAssembly("Shop.Billing");
        var module = billing.MainModule;
        var sourceType = AddClass(module, Namespace(source), Name(source));
        var method = new MethodDefinition(member, MethodAttributes.Public | MethodAttributes.Static, module.TypeSystem.Int32);
        var il = method.Body.GetILProcessor();
        il.Emit(OpCodes.Newobj, module.ImportReference(targetType.Methods.Single(m => m.IsConstructor)));
        il.Emit(OpCodes.Call, module.ImportReference(price));
        il.Emit(OpCodes.Ret);
        sourceType.Methods.Add(method);
        Write(billing, directory);
        return new HostileContexts(Path.Combine(directory, "Shop.Orders.dll"), Path.Combine(directory, "Shop.Billing.dll"), target, source, member);
    }

    private static AssemblyDefinition NewAssembly(string name, Version? version = null)
    {
        var assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition(name, version ?? new Version(1, 0, 0, 0)), name + ".dll", new ModuleParameters { Kind = ModuleKind.Dll, Runtime = TargetRuntime.Net_4_0 });

        // System.Runtime first, so that Cecil's type system (void, int) names it as the core library instead of mscorlib.
        assembly.MainModule.AssemblyReferences.Add(new AssemblyNameReference("System.Runtime", new Version(10, 0, 0, 0))
        {
            PublicKeyToken = [0xb0, 0x3f, 0x5f, 0x7f, 0x11, 0xd5, 0x0a, 0x3a],
        });
        return assembly;
    }

    private static TypeReference ObjectOf(ModuleDefinition module) => module.TypeSystem.Object;

    /// <summary>Adds a public class with a public parameterless constructor that calls <c>object()</c>.</summary>
    private static TypeDefinition AddClass(ModuleDefinition module, string @namespace, string name)
    {
        var type = new TypeDefinition(@namespace, name, TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.BeforeFieldInit, ObjectOf(module));
        var constructor = new MethodDefinition(".ctor", MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName, module.TypeSystem.Void);
        var il = constructor.Body.GetILProcessor();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, new MethodReference(".ctor", module.TypeSystem.Void, ObjectOf(module)) { HasThis = true });
        il.Emit(OpCodes.Ret);
        type.Methods.Add(constructor);
        module.Types.Add(type);
        return type;
    }

    private static string Write(AssemblyDefinition assembly, string directory)
    {
        var path = Path.Combine(directory, assembly.Name.Name + ".dll");
        assembly.Write(path, new WriterParameters { DeterministicMvid = true });
        assembly.Dispose();
        return path;
    }

    /// <summary>The namespace of a hostile name: its context's, since the name itself may hold dots and anything else.</summary>
    private static string Namespace(string fullName) => fullName.StartsWith("Shop.Orders.", StringComparison.Ordinal) ? "Shop.Orders" : "Shop.Billing";

    private static string Name(string fullName) => fullName[(Namespace(fullName).Length + 1)..];

    private static string FullNameOf(TypeDefinition type) =>
        type.DeclaringType is null ? $"{type.Namespace}.{type.Name}" : $"{FullNameOf(type.DeclaringType)}+{type.Name}";
}
