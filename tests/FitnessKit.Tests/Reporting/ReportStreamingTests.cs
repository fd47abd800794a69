using System.Text;
using FitnessKit.Evaluation;
using FitnessKit.Reporting;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Reporting;

/// <summary>
/// Reports are written as they are produced: a writer hands its stream a few kilobytes at a time, never the whole text
/// at the end, so writing a report of tens of thousands of violations needs little memory beyond the report itself.
/// </summary>
public sealed class ReportStreamingTests
{
    private static readonly Lazy<FitnessReport> TwentyThousand = new(() =>
    {
        var broken = SampleReports.Broken;
        return SampleReports.WithViolations(broken, Enumerable.Range(0, 20_000).Select(i => broken.Violations[i % broken.Violations.Count] with { SourceType = $"Shop.Generated.Copy{i:D5}" }));
    });

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.JUnit)]
    public void Should_hand_the_stream_the_report_a_little_at_a_time(ReportFormat format)
    {
        using var stream = new RecordingStream();

        FitnessReportWriter.Write(TwentyThousand.Value, format, stream, ReportRendering.Options);

        stream.Length.Should().BeGreaterThan(8_000_000, "twenty thousand violations make a large report");
        stream.LargestWrite.Should().BeLessThan(1_000_000, "the text goes to the stream as it is produced, not whole at the end");
    }

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.JUnit)]
    public void Should_write_to_a_stream_what_it_renders_as_text(ReportFormat format)
    {
        using var stream = new MemoryStream();

        FitnessReportWriter.Write(SampleReports.Broken, format, stream, ReportRendering.Options);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(ReportRendering.Render(SampleReports.Broken, format));
    }

    [Fact]
    public void Should_write_json_with_line_feeds_only_where_the_platform_ends_lines_with_carriage_returns()
    {
        using var target = new MemoryStream();
        using (var stream = new LineFeedStream(target))
        {
            stream.Write("{\r\n  \"name\": \"a\\r\\nb\"\r\n}"u8);
        }

        Encoding.UTF8.GetString(target.ToArray()).Should().Be("{\n  \"name\": \"a\\r\\nb\"\n}", "a carriage return inside a JSON string is escaped and stays");
    }

    /// <summary>A write-only stream that keeps only how much it was given and the largest single write.</summary>
    private sealed class RecordingStream : Stream
    {
        private long _length;

        public long LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _length += buffer.Length;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
