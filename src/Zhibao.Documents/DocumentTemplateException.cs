namespace Zhibao.Documents;

/// <summary>
/// A template cannot be used (not a .docx, damaged). The message is Chinese because the upload page shows it
/// to the administrator as is.
/// </summary>
public sealed class DocumentTemplateException : Exception
{
    public DocumentTemplateException()
        : this(NotADocx)
    {
    }

    public DocumentTemplateException(string message)
        : base(message)
    {
    }

    public DocumentTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal const string NotADocx = "文件不是有效的Word（.docx）文档";
}
