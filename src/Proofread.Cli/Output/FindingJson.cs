using System.Text.Json;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Cli.Output;

/// <summary>
/// The JSON contract of <c>check --format json</c> (documented in the README):
/// {"files":[{"path":…,"findings":[{"rule","start","end","line","column","message","confidence","applicability","replacement"}]}]}.
/// Offsets count code points; end is exclusive; line and column are 1-based.
/// </summary>
internal sealed class FindingJson : IDisposable
{
    private readonly Utf8JsonWriter _writer;
    private readonly Stream _stream;
    private readonly TextWriter _out;

    public FindingJson(TextWriter output)
    {
        _out = output;
        _stream = new MemoryStream();
        _writer = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _writer.WriteStartObject();
        _writer.WriteStartArray("files");
    }

    public void WriteFile(Document document, IReadOnlyList<Finding> findings)
    {
        _writer.WriteStartObject();
        _writer.WriteString("path", document.Path);
        _writer.WriteString("encoding", document.Source.Encoding.Name());
        _writer.WriteStartArray("findings");
        var map = document.LineMap;
        foreach (var f in findings)
        {
            var extent = f.Extent;
            var (line, column) = map.LineColumn(extent.Start);
            _writer.WriteStartObject();
            _writer.WriteString("rule", f.RuleId);
            _writer.WriteNumber("start", map.ToCodePoint(extent.Start));
            _writer.WriteNumber("end", map.ToCodePoint(extent.End));
            _writer.WriteNumber("line", line);
            _writer.WriteNumber("column", column);
            _writer.WriteString("message", f.Message);
            _writer.WriteNumber("confidence", Math.Round(f.Confidence, 3));
            _writer.WriteString("applicability", f.Applicability.Name());
            string? replacement = f.Replacement(document.Text);
            if (replacement is null)
            {
                _writer.WriteNull("replacement");
            }
            else
            {
                _writer.WriteString("replacement", replacement);
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        FlushToOutput();
    }

    public void Dispose()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        FlushToOutput();
        _out.WriteLine();
        _writer.Dispose();
    }

    private void FlushToOutput()
    {
        _writer.Flush();
        _out.Write(System.Text.Encoding.UTF8.GetString(((MemoryStream)_stream).GetBuffer(), 0, (int)_stream.Length));
        _stream.SetLength(0);
    }
}
