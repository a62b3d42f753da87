using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhibao.Documents;

/// <summary>
/// Fills a .docx template whose placeholders are written <c>{{名称}}</c> in body paragraphs, table cells, headers,
/// footers, footnotes and text boxes.
/// </summary>
/// <remarks>
/// Word splits what the user typed into several runs whenever formatting, spell checking or editing history
/// differ, so "{{案号}}" may arrive as "{{", "案", "号}}". Placeholders are therefore found in the concatenated
/// text of a paragraph; the value goes into the run holding the opening brace (its formatting wins) and the
/// rest of the placeholder is cut out of the following runs, which keep their own formatting for the text
/// around it. A placeholder cannot cross paragraphs.
/// </remarks>
public static partial class DocxTemplate
{
    /// <summary>The key is trimmed and holds no braces; "{{ 案号 }}" and "{{案号}}" are the same placeholder.</summary>
    [GeneratedRegex(@"\{\{\s*([^{}\s](?:[^{}]*[^{}\s])?)\s*\}\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>
    /// The filled document. A placeholder without a value renders as empty (use <see cref="Placeholders"/> to warn
    /// about them beforehand); a value with line breaks becomes several lines. Values are inserted as text: a
    /// value that itself contains "{{…}}" is not filled again.
    /// </summary>
    /// <exception cref="DocumentTemplateException">The template is not a valid .docx.</exception>
    public static byte[] Render(Stream template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        using var buffer = Copy(template);
        Guard(() =>
        {
            using var document = Open(buffer, editable: true);
            var breaks = false;
            foreach (var paragraph in Paragraphs(document))
            {
                breaks |= Fill(paragraph, values);
            }
            if (breaks)
            {
                KeepBrokenLinesUnstretched(document);
            }
            // A .dotx or .docm uploaded as a template still yields a plain document; this also drops macros.
            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                document.ChangeDocumentType(WordprocessingDocumentType.Document);
            }
            return 0;
        });
        return buffer.ToArray();
    }

    /// <summary>The keys the template uses, each once, in order of first appearance (body, then headers and footers).</summary>
    /// <exception cref="DocumentTemplateException">The template is not a valid .docx.</exception>
    public static IReadOnlyList<string> Placeholders(Stream template)
    {
        ArgumentNullException.ThrowIfNull(template);
        using var buffer = Copy(template);
        return Guard(() =>
        {
            using var document = Open(buffer, editable: false);
            var keys = new List<string>();
            foreach (var paragraph in Paragraphs(document))
            {
                var text = string.Concat(OwnTexts(paragraph).Select(t => t.Text));
                foreach (Match match in PlaceholderPattern().Matches(text))
                {
                    var key = match.Groups[1].Value;
                    if (!keys.Contains(key))
                    {
                        keys.Add(key);
                    }
                }
            }
            return keys;
        });
    }

    /// <summary>Works on a private copy: the caller's stream may be read-only or not seekable, and stays unchanged.</summary>
    private static MemoryStream Copy(Stream template)
    {
        var buffer = new MemoryStream();
        template.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }

    private static WordprocessingDocument Open(MemoryStream buffer, bool editable)
    {
        var document = WordprocessingDocument.Open(buffer, editable);
        if (document.MainDocumentPart?.Document?.Body is null)
        {
            document.Dispose();
            throw new DocumentTemplateException();
        }
        return document;
    }

    /// <summary>
    /// Turns the ways a file fails to be a .docx into the one Chinese message the upload page shows: not a zip or
    /// truncated (FileFormatException), a part that is not what its content type says, e.g. a workbook
    /// (InvalidDataException), damaged XML, also in parts read lazily (XmlException), a package the SDK rejects.
    /// Other exceptions are bugs and pass through.
    /// </summary>
    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is FileFormatException or InvalidDataException or XmlException or OpenXmlPackageException)
        {
            throw new DocumentTemplateException(DocumentTemplateException.NotADocx, e);
        }
    }

    /// <summary>Every paragraph of the parts a user can type into, nested ones (tables, text boxes) included.</summary>
    private static List<Paragraph> Paragraphs(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        IEnumerable<OpenXmlElement?> roots =
        [
            main.Document,
            .. main.HeaderParts.Select(p => p.Header),
            .. main.FooterParts.Select(p => p.Footer),
            main.FootnotesPart?.Footnotes,
            main.EndnotesPart?.Endnotes,
        ];
        // ToList: filling edits the tree while we walk it.
        return roots.OfType<OpenXmlElement>().SelectMany(r => r.Descendants<Paragraph>()).ToList();
    }

    /// <summary>The w:t elements of this paragraph, not of a paragraph nested in it (a text box inside a run).</summary>
    private static List<Text> OwnTexts(Paragraph paragraph) =>
        paragraph.Descendants<Text>().Where(t => t.Ancestors<Paragraph>().First() == paragraph).ToList();

    /// <summary>Fills the placeholders of one paragraph; true when a value put a line break in it.</summary>
    private static bool Fill(Paragraph paragraph, IReadOnlyDictionary<string, string> values)
    {
        var texts = OwnTexts(paragraph);
        var original = texts.Select(t => t.Text).ToArray();
        var matches = PlaceholderPattern().Matches(string.Concat(original));
        if (matches.Count == 0)
        {
            return false;
        }
        var starts = new int[original.Length];
        for (var i = 1; i < original.Length; i++)
        {
            starts[i] = starts[i - 1] + original[i - 1].Length;
        }
        // The w:t holding character `index` of the paragraph text (empty w:t hold none).
        int ElementAt(int index) =>
            Enumerable.Range(0, original.Length).First(i => index >= starts[i] && index < starts[i] + original[i].Length);

        var changed = new HashSet<Text>();
        // From the last match back, so the offsets of earlier matches stay valid while texts change.
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            var match = matches[m];
            var first = ElementAt(match.Index);
            var last = ElementAt(match.Index + match.Length - 1);
            var value = values.TryGetValue(match.Groups[1].Value, out var v) ? Clean(v) : "";
            var head = texts[first].Text[..(match.Index - starts[first])];
            var tail = texts[last].Text[(match.Index + match.Length - starts[last])..];
            if (first == last)
            {
                texts[first].Text = head + value + tail;
            }
            else
            {
                texts[first].Text = head + value;
                for (var i = first + 1; i < last; i++)
                {
                    texts[i].Text = "";
                }
                texts[last].Text = tail;
            }
            for (var i = first; i <= last; i++)
            {
                changed.Add(texts[i]);
            }
        }
        var breaks = false;
        foreach (var text in changed)
        {
            breaks |= Tidy(text);
        }
        return breaks;
    }

    /// <summary>
    /// In a justified paragraph Word and LibreOffice stretch a line that ends in a line break across the page
    /// ("涉 案 运 动 鞋"), unless the document says not to (w:doNotExpandShiftReturn).
    /// </summary>
    private static void KeepBrokenLinesUnstretched(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        var part = main.DocumentSettingsPart ?? main.AddNewPart<DocumentSettingsPart>();
        part.Settings ??= new Settings();
        var compatibility = part.Settings.GetFirstChild<Compatibility>();
        if (compatibility is null)
        {
            compatibility = new Compatibility();
            part.Settings.AddChild(compatibility); // AddChild puts it where the schema wants it.
        }
        if (compatibility.GetFirstChild<DoNotExpandShiftReturn>() is null)
        {
            compatibility.AddChild(new DoNotExpandShiftReturn());
        }
    }

    /// <summary>
    /// After filling: spaces at the ends must be kept (xml:space), line breaks and tabs become w:br and w:tab, and
    /// runs emptied by cutting a placeholder out are removed.
    /// </summary>
    private static bool Tidy(Text text)
    {
        var run = text.Parent;
        if (text.Text.Length == 0)
        {
            text.Remove();
            if (run is Run r && r.ChildElements.All(c => c is RunProperties))
            {
                r.Remove();
            }
            return false;
        }
        text.Space = SpaceProcessingModeValues.Preserve;
        if (text.Text.IndexOfAny(['\n', '\t']) < 0)
        {
            return false;
        }
        OpenXmlElement anchor = text;
        foreach (var piece in Regex.Split(text.Text, "([\n\t])"))
        {
            OpenXmlElement element = piece switch
            {
                "\n" => new Break(),
                "\t" => new TabChar(),
                _ => new Text(piece) { Space = SpaceProcessingModeValues.Preserve },
            };
            if (piece.Length > 0)
            {
                anchor = anchor.InsertAfterSelf(element);
            }
        }
        text.Remove();
        return text.Text.Contains('\n');
    }

    /// <summary>One line-break convention, and no characters XML cannot hold (the file would not open).</summary>
    private static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        value = value.Replace("\r\n", "\n").Replace('\r', '\n');
        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogatePair(value, i))
            {
                clean.Append(value, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(value[i]))
            {
                clean.Append(value[i]);
            }
        }
        return clean.ToString();
    }
}
