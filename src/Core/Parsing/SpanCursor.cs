using System.Runtime.CompilerServices;
using static EsaTls.Core.Parsing.Utf8Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Reads a trimmed message text token by token. Tokens are separated by any run of blanks, so extra spaces
/// between words never matter; every <c>Try…</c> consumes only on success.
/// </summary>
internal ref struct SpanCursor
{
    private readonly ReadOnlySpan<byte> _text;
    private int _pos;

    // The token last found by PeekToken: classification tries several words on the same token.
    private int _tokenStart;
    private int _tokenEnd;

    public SpanCursor(ReadOnlySpan<byte> text)
    {
        _text = text;
        _pos = 0;
        _tokenStart = -1;
        _tokenEnd = -1;
    }

    public int Position
    {
        readonly get => _pos;
        set => _pos = Math.Clamp(value, 0, _text.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SkipBlanks()
    {
        while (_pos < _text.Length && IsBlank(_text[_pos]))
        {
            _pos++;
        }
    }

    public bool IsAtEnd()
    {
        SkipBlanks();
        return _pos >= _text.Length;
    }

    /// <summary>Everything not read yet, without leading blanks (the end was trimmed by the caller).</summary>
    public ReadOnlySpan<byte> Rest()
    {
        SkipBlanks();
        return _text[_pos..];
    }

    public void Advance(int count) => Position = _pos + count;

    public ReadOnlySpan<byte> PeekToken()
    {
        if (_pos == _tokenStart)
        {
            return _text[_tokenStart.._tokenEnd];
        }
        SkipBlanks();
        var length = _text[_pos..].IndexOfAny(Blanks);
        var end = length < 0 ? _text.Length : _pos + length;
        _tokenStart = _pos;
        _tokenEnd = end;
        return _text[_pos..end];
    }

    public ReadOnlySpan<byte> ReadToken()
    {
        var token = PeekToken();
        _pos += token.Length;
        return token;
    }

    /// <summary>The next token is <paramref name="word"/> (ASCII case ignored).</summary>
    public bool TryWord(ReadOnlySpan<byte> word)
    {
        var token = PeekToken();
        if (!EqualsIgnoreCase(token, word))
        {
            return false;
        }
        _pos += token.Length;
        return true;
    }

    /// <summary>The next token is <paramref name="word"/> or <paramref name="word"/> followed by a colon.</summary>
    public bool TryWordOrColon(ReadOnlySpan<byte> word)
    {
        var token = PeekToken();
        if (!EqualsWordOrColon(token, word))
        {
            return false;
        }
        _pos += token.Length;
        return true;
    }

    /// <summary>The unread text starts with <paramref name="prefix"/>, which may be glued to what follows (<c>From:&lt;a&gt;</c>).</summary>
    public bool TryPrefix(ReadOnlySpan<byte> prefix)
    {
        SkipBlanks();
        if (!StartsWithIgnoreCase(_text[_pos..], prefix))
        {
            return false;
        }
        _pos += prefix.Length;
        return true;
    }

    /// <summary>The byte right at the cursor (no blank skipping) is <paramref name="b"/>.</summary>
    public bool TryByteHere(byte b)
    {
        if (_pos >= _text.Length || _text[_pos] != b)
        {
            return false;
        }
        _pos++;
        return true;
    }

    /// <summary>The cursor is at the end or at a blank: the previous token ended here.</summary>
    public readonly bool AtTokenBoundary => _pos >= _text.Length || IsBlank(_text[_pos]);

    /// <summary>The next token is a whole non-negative number that fits a long.</summary>
    public bool TryId(out long id)
    {
        var token = PeekToken();
        if (TryParseDigits(token, out id, out var used) && used == token.Length)
        {
            _pos += used;
            return true;
        }
        id = 0;
        return false;
    }

    public bool TryInt(out int value)
    {
        var start = _pos;
        if (TryId(out var id) && id <= int.MaxValue)
        {
            value = (int)id;
            return true;
        }
        _pos = start;
        value = 0;
        return false;
    }

    /// <summary>Digits at the next token's start, which may be followed by punctuation (<c>MID 5:</c>).</summary>
    public bool TryDigits(out long id)
    {
        SkipBlanks();
        if (TryParseDigits(_text[_pos..], out id, out var used))
        {
            _pos += used;
            return true;
        }
        return false;
    }
}
