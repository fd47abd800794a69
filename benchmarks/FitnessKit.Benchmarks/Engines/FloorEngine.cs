using System.Collections.Concurrent;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// The floor: a raw System.Reflection.Metadata token scan written for this one question. It builds no model and no
/// names beyond namespaces, marks the forbidden type references once per assembly, and stops scanning a type at its
/// first hit. It looks where FitnessKit looks (signatures, attributes, IL operands and the signatures of the members
/// they name, locals, catch clauses), on both cores.
/// </summary>
internal sealed class FloorEngine : IEngine
{
    public string Name => "raw SRM token scan (floor)";

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        var violating = new ConcurrentBag<string>();
        var types = 0;
        Parallel.ForEach(assemblyFiles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            var scan = new AssemblyScan(pe, question);
            Interlocked.Add(ref types, scan.Run(violating));
        });
        return new EngineAnswer(assemblyFiles.Count, types, violating.ToHashSet(StringComparer.Ordinal));
    }

    private sealed class AssemblyScan(PEReader pe, Question question)
    {
        private readonly MetadataReader _md = pe.GetMetadataReader();
        private sbyte[] _typeRefs = [];
        private sbyte[] _typeSpecs = [];
        private sbyte[] _memberRefs = [];

        public int Run(ConcurrentBag<string> violating)
        {
            _typeRefs = new sbyte[_md.GetTableRowCount(TableIndex.TypeRef) + 1];
            _typeSpecs = new sbyte[_md.GetTableRowCount(TableIndex.TypeSpec) + 1];
            _memberRefs = new sbyte[_md.GetTableRowCount(TableIndex.MemberRef) + 1];
            var owners = new Dictionary<TypeDefinitionHandle, bool>();
            var count = 0;
            foreach (var handle in _md.TypeDefinitions)
            {
                var owner = TypeOwners.OwnerOf(_md, handle);
                if (owner.IsNil)
                {
                    continue;
                }

                if (owner == handle)
                {
                    count++;
                }

                if (owners.TryGetValue(owner, out var found) && found)
                {
                    continue;
                }

                var ownerDefinition = _md.GetTypeDefinition(owner);
                if (!question.IsSubject(NamespaceOf(ownerDefinition)))
                {
                    continue;
                }

                owners[owner] = Hits(_md.GetTypeDefinition(handle));
            }

            foreach (var (owner, hit) in owners)
            {
                if (hit)
                {
                    violating.Add(FullName(owner));
                }
            }

            return count;
        }

        private bool Hits(TypeDefinition type)
        {
            if (Type(type.BaseType) || type.GetInterfaceImplementations().Any(i => Type(_md.GetInterfaceImplementation(i).Interface))
                || Attributes(type.GetCustomAttributes()) || Constraints(type.GetGenericParameters()))
            {
                return true;
            }

            foreach (var f in type.GetFields())
            {
                var field = _md.GetFieldDefinition(f);
                if (Blob(field.Signature) || Attributes(field.GetCustomAttributes()))
                {
                    return true;
                }
            }

            foreach (var p in type.GetProperties())
            {
                var property = _md.GetPropertyDefinition(p);
                if (Blob(property.Signature) || Attributes(property.GetCustomAttributes()))
                {
                    return true;
                }
            }

            foreach (var e in type.GetEvents())
            {
                var @event = _md.GetEventDefinition(e);
                if (Type(@event.Type) || Attributes(@event.GetCustomAttributes()))
                {
                    return true;
                }
            }

            foreach (var m in type.GetMethods())
            {
                var method = _md.GetMethodDefinition(m);
                if (Blob(method.Signature) || Attributes(method.GetCustomAttributes()) || Constraints(method.GetGenericParameters())
                    || method.GetParameters().Any(p => Attributes(_md.GetParameter(p).GetCustomAttributes())))
                {
                    return true;
                }

                if (method.RelativeVirtualAddress != 0 && Body(pe.GetMethodBody(method.RelativeVirtualAddress)))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Body(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil && Blob(_md.GetStandaloneSignature(body.LocalSignature).Signature))
            {
                return true;
            }

            foreach (var region in body.ExceptionRegions)
            {
                if (!region.CatchType.IsNil && Type(region.CatchType))
                {
                    return true;
                }
            }

            var il = body.GetILReader();
            while (IlOperands.NextToken(ref il, out var token))
            {
                if (Token(token))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Token(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeReference or HandleKind.TypeSpecification => Type(handle),
            HandleKind.MemberReference => MemberRef((MemberReferenceHandle)handle),
            HandleKind.MethodDefinition => Blob(_md.GetMethodDefinition((MethodDefinitionHandle)handle).Signature),
            HandleKind.FieldDefinition => Blob(_md.GetFieldDefinition((FieldDefinitionHandle)handle).Signature),
            HandleKind.MethodSpecification => MethodSpec((MethodSpecificationHandle)handle),
            HandleKind.StandaloneSignature => Blob(_md.GetStandaloneSignature((StandaloneSignatureHandle)handle).Signature),
            _ => false,
        };

        private bool MethodSpec(MethodSpecificationHandle handle)
        {
            var spec = _md.GetMethodSpecification(handle);
            return Token(spec.Method) || Blob(spec.Signature);
        }

        private bool MemberRef(MemberReferenceHandle handle)
        {
            var row = MetadataTokens.GetRowNumber(handle);
            if (_memberRefs[row] == 0)
            {
                var reference = _md.GetMemberReference(handle);
                var parent = reference.Parent;
                var hit = (parent.Kind is HandleKind.TypeReference or HandleKind.TypeSpecification && Type(parent)) || Blob(reference.Signature);
                _memberRefs[row] = hit ? (sbyte)1 : (sbyte)-1;
            }

            return _memberRefs[row] > 0;
        }

        private bool Attributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var a in attributes)
            {
                var constructor = _md.GetCustomAttribute(a).Constructor;
                if (constructor.Kind == HandleKind.MemberReference && MemberRef((MemberReferenceHandle)constructor))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Constraints(GenericParameterHandleCollection parameters)
        {
            foreach (var p in parameters)
            {
                foreach (var c in _md.GetGenericParameter(p).GetConstraints())
                {
                    if (Type(_md.GetGenericParameterConstraint(c).Type))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool Type(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return false;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeReference:
                    var row = MetadataTokens.GetRowNumber(handle);
                    if (_typeRefs[row] == 0)
                    {
                        _typeRefs[row] = question.IsForbidden(NamespaceOf((TypeReferenceHandle)handle)) ? (sbyte)1 : (sbyte)-1;
                    }

                    return _typeRefs[row] > 0;
                case HandleKind.TypeSpecification:
                    var specRow = MetadataTokens.GetRowNumber(handle);
                    if (_typeSpecs[specRow] == 0)
                    {
                        _typeSpecs[specRow] = SpecBlob(_md.GetTypeSpecification((TypeSpecificationHandle)handle).Signature) ? (sbyte)1 : (sbyte)-1;
                    }

                    return _typeSpecs[specRow] > 0;
                default:
                    return false;
            }
        }

        /// <summary>Walks a signature blob (method, field, property, locals, method instantiation) for forbidden types.</summary>
        private bool Blob(BlobHandle handle)
        {
            var blob = _md.GetBlobReader(handle);
            var header = blob.ReadSignatureHeader();
            switch (header.Kind)
            {
                case SignatureKind.Field:
                    return SigType(ref blob);
                case SignatureKind.LocalVariables:
                case SignatureKind.MethodSpecification:
                    return SigTypes(ref blob, blob.ReadCompressedInteger());
                default:
                    if (header.IsGeneric)
                    {
                        blob.ReadCompressedInteger();
                    }

                    return SigTypes(ref blob, blob.ReadCompressedInteger() + 1);
            }
        }

        private bool SpecBlob(BlobHandle handle)
        {
            var blob = _md.GetBlobReader(handle);
            return SigType(ref blob);
        }

        private bool SigTypes(ref BlobReader blob, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (SigType(ref blob))
                {
                    return true;
                }
            }

            return false;
        }

        private bool SigType(ref BlobReader blob)
        {
            var code = blob.ReadByte();
            while (code is 0x1f or 0x20 or 0x45 or 0x41 or 0x10)
            {
                if (code is 0x1f or 0x20)
                {
                    blob.ReadTypeHandle();
                }

                code = blob.ReadByte();
            }

            switch (code)
            {
                case 0x11:
                case 0x12:
                    return Type(blob.ReadTypeHandle());
                case 0x0f:
                case 0x1d:
                    return SigType(ref blob);
                case 0x14:
                    if (SigType(ref blob))
                    {
                        return true;
                    }

                    blob.ReadCompressedInteger();
                    var sizes = blob.ReadCompressedInteger();
                    for (var i = 0; i < sizes; i++)
                    {
                        blob.ReadCompressedInteger();
                    }

                    var bounds = blob.ReadCompressedInteger();
                    for (var i = 0; i < bounds; i++)
                    {
                        blob.ReadCompressedSignedInteger();
                    }

                    return false;
                case 0x15:
                    blob.ReadByte();
                    return Type(blob.ReadTypeHandle()) || SigTypes(ref blob, blob.ReadCompressedInteger());
                case 0x13:
                case 0x1e:
                    blob.ReadCompressedInteger();
                    return false;
                case 0x1b:
                    var header = blob.ReadSignatureHeader();
                    if (header.IsGeneric)
                    {
                        blob.ReadCompressedInteger();
                    }

                    return SigTypes(ref blob, blob.ReadCompressedInteger() + 1);
                default:
                    return false;
            }
        }

        private string NamespaceOf(TypeReferenceHandle handle)
        {
            var reference = _md.GetTypeReference(handle);
            return reference.ResolutionScope.Kind == HandleKind.TypeReference
                ? NamespaceOf((TypeReferenceHandle)reference.ResolutionScope)
                : _md.GetString(reference.Namespace);
        }

        private string NamespaceOf(TypeDefinition definition) =>
            definition.GetDeclaringType().IsNil ? _md.GetString(definition.Namespace) : NamespaceOf(_md.GetTypeDefinition(definition.GetDeclaringType()));

        private string FullName(TypeDefinitionHandle handle)
        {
            var definition = _md.GetTypeDefinition(handle);
            var name = _md.GetString(definition.Name);
            return definition.GetDeclaringType().IsNil
                ? (definition.Namespace.IsNil ? name : _md.GetString(definition.Namespace) + "." + name)
                : FullName(definition.GetDeclaringType()) + "+" + name;
        }
    }
}
