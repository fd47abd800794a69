using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace FitnessKit.Loading;

/// <summary>
/// A method body read in place (ECMA-335 II.25.4): its IL, the signature of its locals and its exception clauses.
/// System.Reflection.Metadata's <c>MethodBodyBlock</c> reads the same, and makes two or three objects for every body
/// (the block, an array of clauses, the memory block of its IL); a scan reads every body of a code base once and keeps
/// none, so this struct makes none. A header or clause table that does not fit its section is a
/// <see cref="BadImageFormatException"/>, as it is for <c>MethodBodyBlock</c>.
/// </summary>
internal readonly struct MethodBody
{
    private const byte TinyFormat = 0x2;
    private const byte FatFormat = 0x3;
    private const byte FatHeaderSize = 3;
    private const byte MoreSections = 0x08;
    private const byte ExceptionTable = 0x01;
    private const byte FatSection = 0x40;
    private const int SmallClauseSize = 12;
    private const int FatClauseSize = 24;
    private const int StandaloneSignatureTable = 0x11;

    private readonly PEMemoryBlock _block;
    private readonly int _ilStart;
    private readonly int _ilLength;
    private readonly int _clausesStart;
    private readonly int _clauseCount;
    private readonly bool _fatClauses;

    private MethodBody(PEMemoryBlock block, int ilStart, int ilLength, int maxStack, StandaloneSignatureHandle localSignature, int clausesStart, int clauseCount, bool fatClauses)
    {
        _block = block;
        _ilStart = ilStart;
        _ilLength = ilLength;
        MaxStack = maxStack;
        LocalSignature = localSignature;
        _clausesStart = clausesStart;
        _clauseCount = clauseCount;
        _fatClauses = fatClauses;
    }

    /// <summary>Gets the most values the body holds on its stack at once.</summary>
    public int MaxStack { get; }

    /// <summary>Gets the signature of the body's locals; nil when it has none.</summary>
    public StandaloneSignatureHandle LocalSignature { get; }

    /// <summary>Gets the body's exception clauses, in the order of its table.</summary>
    public ExceptionClauses Clauses => new(_block, _clausesStart, _clauseCount, _fatClauses);

    /// <summary>Reads the body at a method's relative virtual address.</summary>
    public static MethodBody Read(PEReader pe, int relativeVirtualAddress)
    {
        var block = pe.GetSectionData(relativeVirtualAddress);
        if (block.Length == 0)
        {
            throw new BadImageFormatException($"Method body at RVA 0x{relativeVirtualAddress:X8} lies in no section.");
        }

        var reader = block.GetReader();
        var head = reader.ReadByte();
        if ((head & 0x3) == TinyFormat)
        {
            return new MethodBody(block, 1, Fits(reader, head >> 2), maxStack: 8, default, 0, 0, false);
        }

        if ((head & 0x3) != FatFormat || reader.ReadByte() >> 4 != FatHeaderSize)
        {
            throw new BadImageFormatException($"Method body at RVA 0x{relativeVirtualAddress:X8} has an invalid header.");
        }

        int maxStack = reader.ReadUInt16();
        var ilLength = Fits(reader, reader.ReadInt32());
        var localToken = reader.ReadInt32();
        var locals = localToken == 0 ? default
            : localToken >>> 24 == StandaloneSignatureTable ? MetadataTokens.StandaloneSignatureHandle(localToken & 0xFFFFFF)
            : throw new BadImageFormatException($"Method body at RVA 0x{relativeVirtualAddress:X8} names its locals with token 0x{localToken:X8}, not a signature.");
        var ilStart = reader.Offset;
        if ((head & MoreSections) == 0)
        {
            return new MethodBody(block, ilStart, ilLength, maxStack, locals, 0, 0, false);
        }

        reader.Offset = ilStart + ilLength;
        reader.Align(4);
        var section = reader.ReadByte();
        if ((section & ExceptionTable) == 0)
        {
            throw new BadImageFormatException($"Method body at RVA 0x{relativeVirtualAddress:X8} has an extra section that is not an exception table.");
        }

        var fat = (section & FatSection) != 0;
        int size = reader.ReadByte();
        if (fat)
        {
            size += reader.ReadUInt16() << 8;
        }
        else
        {
            reader.Offset += 2;
        }

        var count = size / (fat ? FatClauseSize : SmallClauseSize);
        var clausesStart = reader.Offset;
        _ = Fits(reader, count * (fat ? FatClauseSize : SmallClauseSize));
        return new MethodBody(block, ilStart, ilLength, maxStack, locals, clausesStart, count, fat);
    }

    /// <summary>A reader over the body's IL.</summary>
    public BlobReader GetILReader() => _block.GetReader(_ilStart, _ilLength);

    /// <summary>A length that the rest of the section holds; a longer one is a damaged body.</summary>
    private static int Fits(BlobReader reader, int length) =>
        length >= 0 && length <= reader.RemainingBytes
            ? length
            : throw new BadImageFormatException("A method body runs past the end of its section.");
}

/// <summary>One exception clause of a method body: a <c>catch</c> (with the type it catches), a filter (with where the filter starts), a <c>finally</c> or a <c>fault</c>.</summary>
internal readonly record struct ExceptionClause(ExceptionRegionKind Kind, int HandlerOffset, int FilterOffset, EntityHandle CatchType);

/// <summary>The exception clauses of a body, read as they are enumerated.</summary>
internal readonly struct ExceptionClauses(PEMemoryBlock block, int start, int count, bool fat)
{
    public Enumerator GetEnumerator() => new(block.GetReader(start, block.Length - start), count, fat);

    /// <summary>Reads one clause at a time, small (ECMA-335 II.25.4.6, 12 bytes) or fat (24 bytes).</summary>
    public struct Enumerator(BlobReader reader, int count, bool fat)
    {
        private BlobReader _reader = reader;
        private int _left = count;

        public ExceptionClause Current { get; private set; }

        public bool MoveNext()
        {
            if (_left-- <= 0)
            {
                return false;
            }

            var kind = (ExceptionRegionKind)(fat ? _reader.ReadInt32() : _reader.ReadUInt16());
            _ = fat ? _reader.ReadInt32() : _reader.ReadUInt16();
            _ = fat ? _reader.ReadInt32() : _reader.ReadByte();
            var handlerOffset = fat ? _reader.ReadInt32() : _reader.ReadUInt16();
            _ = fat ? _reader.ReadInt32() : _reader.ReadByte();
            var tokenOrOffset = _reader.ReadInt32();
            Current = new ExceptionClause(
                kind,
                handlerOffset,
                kind == ExceptionRegionKind.Filter ? tokenOrOffset : -1,
                kind == ExceptionRegionKind.Catch ? CatchTypeOf(tokenOrOffset) : default);
            return true;
        }

        /// <summary>The type a catch clause names: a type definition, reference or specification; anything else names none.</summary>
        private static EntityHandle CatchTypeOf(int token) => (token >>> 24) switch
        {
            0x01 or 0x02 or 0x1B => MetadataTokens.EntityHandle(token),
            _ => default,
        };
    }
}
