namespace EsaTls.Ingest;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("esatls-ingest: commands are being assembled");
        return args.Length == 0 ? 2 : 1;
    }
}
