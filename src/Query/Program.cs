namespace EsaTls.Query;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("esatls: commands are being assembled");
        return args.Length == 0 ? 2 : 1;
    }
}
