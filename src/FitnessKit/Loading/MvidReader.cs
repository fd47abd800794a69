using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace FitnessKit.Loading;

/// <summary>
/// Reads the MVID of an assembly file and nothing else, with a few small reads at the offsets its headers give
/// (ECMA-335 II.24-25): what a cache keyed by MVID must read of every file before it can trust a cached model. It
/// gives up on anything unusual (another table stream layout, headers outside the first page, a damaged file), and
/// the caller then reads the file in full, which reports what is wrong.
/// </summary>
internal static class MvidReader
{
    private const int PageSize = 4096;
    private const int CliHeaderDirectory = 14;
    private const uint MetadataSignature = 0x424A5342;

    /// <summary>Reads the MVID, or gives <see langword="false"/> when the file is not a plain .NET assembly image that this reader follows.</summary>
    public static bool TryRead(string path, out Guid mvid)
    {
        mvid = Guid.Empty;
        try
        {
            using var file = Inputs.OpenHandle(path);
            return TryRead(file, out mvid);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            // A file that cannot be opened, or whose headers point outside what was read: the full read reports it.
            return false;
        }
    }

    private static bool TryRead(SafeFileHandle file, out Guid mvid)
    {
        mvid = Guid.Empty;
        Span<byte> page = stackalloc byte[PageSize];
        page = page[..RandomAccess.Read(file, page, 0)];
        if (!TryFindSections(page, out var sections, out var cliHeaderRva) || !HoldsEverySection(sections, RandomAccess.GetLength(file)))
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[512];
        if (!TryReadAt(file, sections, cliHeaderRva, buffer[..16], out var cliHeader) || cliHeader.Length < 16)
        {
            return false;
        }

        var metadataRva = BinaryPrimitives.ReadUInt32LittleEndian(cliHeader[8..]);
        if (!TryReadAt(file, sections, metadataRva, buffer, out var root)
            || root.Length < 20
            || BinaryPrimitives.ReadUInt32LittleEndian(root) != MetadataSignature
            || !TryFindStreams(root, out var tablesOffset, out var guidOffset))
        {
            return false;
        }

        Span<byte> tables = stackalloc byte[24 + (64 * 4) + 16];
        if (!TryReadAt(file, sections, metadataRva + tablesOffset, tables, out tables)
            || !TryReadModuleMvidIndex(tables, out var guidIndex)
            || guidIndex == 0)
        {
            return false;
        }

        Span<byte> guid = stackalloc byte[16];
        if (!TryReadAt(file, sections, metadataRva + guidOffset + ((guidIndex - 1) * 16), guid, out guid) || guid.Length < 16)
        {
            return false;
        }

        mvid = new Guid(guid);
        return true;
    }

    /// <summary>Finds the section table and the CLI header's RVA in the first page: the DOS header, the PE signature, the COFF and optional headers.</summary>
    private static bool TryFindSections(ReadOnlySpan<byte> page, out ReadOnlySpan<byte> sections, out uint cliHeaderRva)
    {
        sections = default;
        cliHeaderRva = 0;
        if (page.Length < 0x40 || page[0] != 'M' || page[1] != 'Z')
        {
            return false;
        }

        var pe = BinaryPrimitives.ReadInt32LittleEndian(page[0x3C..]);
        if (pe < 0 || pe > page.Length - 24 || BinaryPrimitives.ReadUInt32LittleEndian(page[pe..]) != 0x00004550)
        {
            return false;
        }

        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(page[(pe + 6)..]);
        var optionalSize = BinaryPrimitives.ReadUInt16LittleEndian(page[(pe + 20)..]);
        var optional = pe + 24;
        if (optional + optionalSize > page.Length || optionalSize < 2)
        {
            return false;
        }

        var magic = BinaryPrimitives.ReadUInt16LittleEndian(page[optional..]);
        var directories = magic switch { 0x10B => optional + 96, 0x20B => optional + 112, _ => -1 };
        var cliEntry = directories + (CliHeaderDirectory * 8);
        if (directories < 0 || cliEntry + 8 > optional + optionalSize)
        {
            return false;
        }

        cliHeaderRva = BinaryPrimitives.ReadUInt32LittleEndian(page[cliEntry..]);
        var table = optional + optionalSize;
        if (cliHeaderRva == 0 || table + (sectionCount * 40) > page.Length)
        {
            return false;
        }

        sections = page.Slice(table, sectionCount * 40);
        return true;
    }

    /// <summary>Whether the file is as long as its sections say: a file cut short is left to the full read, which reports it, and never matched to a cached build.</summary>
    private static bool HoldsEverySection(ReadOnlySpan<byte> sections, long length)
    {
        for (var s = 0; s + 40 <= sections.Length; s += 40)
        {
            var rawSize = BinaryPrimitives.ReadUInt32LittleEndian(sections[(s + 16)..]);
            var rawPointer = BinaryPrimitives.ReadUInt32LittleEndian(sections[(s + 20)..]);
            if ((long)rawPointer + rawSize > length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds the offsets, from the metadata root, of the compressed table stream (<c>#~</c>) and the GUID heap.</summary>
    private static bool TryFindStreams(ReadOnlySpan<byte> root, out uint tablesOffset, out uint guidOffset)
    {
        tablesOffset = guidOffset = 0;
        var versionLength = BinaryPrimitives.ReadInt32LittleEndian(root[12..]);
        var position = 16 + versionLength + 2;
        if (versionLength < 0 || position + 2 > root.Length)
        {
            return false;
        }

        var streamCount = BinaryPrimitives.ReadUInt16LittleEndian(root[position..]);
        position += 2;
        bool tables = false, guids = false;
        for (var s = 0; s < streamCount; s++)
        {
            if (position + 8 > root.Length)
            {
                return false;
            }

            var offset = BinaryPrimitives.ReadUInt32LittleEndian(root[position..]);
            var name = root[(position + 8)..];
            var end = name.IndexOf((byte)0);
            if (end < 0)
            {
                return false;
            }

            if (name[..end].SequenceEqual("#~"u8))
            {
                (tablesOffset, tables) = (offset, true);
            }
            else if (name[..end].SequenceEqual("#GUID"u8))
            {
                (guidOffset, guids) = (offset, true);
            }

            position += 8 + ((end + 4) & ~3);
        }

        return tables && guids;
    }

    /// <summary>Reads the GUID heap index of the first Module row, which follows the table stream's header and row counts.</summary>
    private static bool TryReadModuleMvidIndex(ReadOnlySpan<byte> tables, out int guidIndex)
    {
        guidIndex = 0;
        if (tables.Length < 24)
        {
            return false;
        }

        // Only the three heap-size bits: other flags (edit-and-continue deltas, extra data) change the layout.
        var heapSizes = tables[6];
        var present = BinaryPrimitives.ReadUInt64LittleEndian(tables[8..]);
        if ((heapSizes & ~0x07) != 0 || (present & 1) == 0)
        {
            return false;
        }

        var row = 24 + (System.Numerics.BitOperations.PopCount(present) * 4);
        var stringIndex = (heapSizes & 0x01) != 0 ? 4 : 2;
        var guidIndexSize = (heapSizes & 0x02) != 0 ? 4 : 2;
        var mvid = row + 2 + stringIndex;
        if (mvid + guidIndexSize > tables.Length)
        {
            return false;
        }

        var index = guidIndexSize == 4 ? BinaryPrimitives.ReadUInt32LittleEndian(tables[mvid..]) : BinaryPrimitives.ReadUInt16LittleEndian(tables[mvid..]);
        guidIndex = index <= int.MaxValue / 16 ? (int)index : 0;
        return true;
    }

    /// <summary>Reads bytes at an RVA, through the section that holds it; gives what could be read.</summary>
    private static bool TryReadAt(SafeFileHandle file, ReadOnlySpan<byte> sections, long rva, Span<byte> buffer, out Span<byte> read)
    {
        read = default;
        for (var s = 0; s + 40 <= sections.Length; s += 40)
        {
            var virtualAddress = BinaryPrimitives.ReadUInt32LittleEndian(sections[(s + 12)..]);
            var rawSize = BinaryPrimitives.ReadUInt32LittleEndian(sections[(s + 16)..]);
            var rawPointer = BinaryPrimitives.ReadUInt32LittleEndian(sections[(s + 20)..]);
            if (rva >= virtualAddress && rva < (long)virtualAddress + rawSize)
            {
                var available = (int)Math.Min(buffer.Length, (long)virtualAddress + rawSize - rva);
                read = buffer[..RandomAccess.Read(file, buffer[..available], rva - virtualAddress + rawPointer)];
                return read.Length > 0;
            }
        }

        return false;
    }
}
