using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace FitnessKit.Loading;

/// <summary>
/// Decodes every signature of an assembly with System.Reflection.Metadata's strict decoder, before Mono.Cecil is let near
/// it to find source locations. Cecil trusts signature blobs: a damaged count (a generic instance of 219 million
/// arguments, found by the loader fuzz) sends it reading and allocating past the blob for minutes. An assembly whose
/// signatures do not decode gets no source locations.
/// </summary>
internal sealed class StrictSignatures : ISignatureTypeProvider<int, object?>
{
    private static readonly StrictSignatures Provider = new();

    /// <summary>Whether the assembly file's signatures all decode.</summary>
    public static bool AreValid(string path)
    {
        using var pe = new PEReader(Inputs.Open(path));
        return AreValid(pe.GetMetadataReader());
    }

    /// <summary>Whether every method, field, property, member-reference, local, type and method-instance signature decodes.</summary>
    public static bool AreValid(MetadataReader metadata)
    {
        var decoder = new SignatureDecoder<int, object?>(Provider, metadata, genericContext: null);
        try
        {
            foreach (var handle in metadata.MethodDefinitions)
            {
                var blob = metadata.GetBlobReader(metadata.GetMethodDefinition(handle).Signature);
                decoder.DecodeMethodSignature(ref blob);
            }

            foreach (var handle in metadata.FieldDefinitions)
            {
                var blob = metadata.GetBlobReader(metadata.GetFieldDefinition(handle).Signature);
                decoder.DecodeFieldSignature(ref blob);
            }

            foreach (var handle in metadata.PropertyDefinitions)
            {
                var blob = metadata.GetBlobReader(metadata.GetPropertyDefinition(handle).Signature);
                decoder.DecodeMethodSignature(ref blob);
            }

            foreach (var handle in metadata.MemberReferences)
            {
                var reference = metadata.GetMemberReference(handle);
                var blob = metadata.GetBlobReader(reference.Signature);
                if (reference.GetKind() == MemberReferenceKind.Field)
                {
                    decoder.DecodeFieldSignature(ref blob);
                }
                else
                {
                    decoder.DecodeMethodSignature(ref blob);
                }
            }

            for (var row = 1; row <= metadata.GetTableRowCount(TableIndex.StandAloneSig); row++)
            {
                var signature = metadata.GetStandaloneSignature(MetadataTokens.StandaloneSignatureHandle(row));
                var blob = metadata.GetBlobReader(signature.Signature);
                if (signature.GetKind() == StandaloneSignatureKind.LocalVariables)
                {
                    decoder.DecodeLocalSignature(ref blob);
                }
                else
                {
                    decoder.DecodeMethodSignature(ref blob);
                }
            }

            for (var row = 1; row <= metadata.GetTableRowCount(TableIndex.TypeSpec); row++)
            {
                var blob = metadata.GetBlobReader(metadata.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row)).Signature);
                decoder.DecodeType(ref blob);
            }

            for (var row = 1; row <= metadata.GetTableRowCount(TableIndex.MethodSpec); row++)
            {
                var blob = metadata.GetBlobReader(metadata.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row)).Signature);
                decoder.DecodeMethodSpecificationSignature(ref blob);
            }

            return true;
        }
        catch (Exception exception) when (AssemblyFileReader.IsDamage(exception))
        {
            return false;
        }
    }

    public int GetArrayType(int elementType, ArrayShape shape) => 0;

    public int GetByReferenceType(int elementType) => 0;

    public int GetFunctionPointerType(MethodSignature<int> signature) => 0;

    public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;

    public int GetGenericMethodParameter(object? genericContext, int index) => 0;

    public int GetGenericTypeParameter(object? genericContext, int index) => 0;

    public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;

    public int GetPinnedType(int elementType) => 0;

    public int GetPointerType(int elementType) => 0;

    public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;

    public int GetSZArrayType(int elementType) => 0;

    public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => 0;

    public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => 0;

    public int GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => 0;
}
