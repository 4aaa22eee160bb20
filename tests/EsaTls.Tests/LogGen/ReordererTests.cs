using System.Text;
using EsaTls.LogGen.Model;
using EsaTls.LogGen.Output;

namespace EsaTls.Tests.LogGen;

public class ReordererTests
{
    [Fact]
    public void Moves_some_lines_but_never_past_a_line_sharing_an_id()
    {
        var path = Path.GetTempFileName();
        try
        {
            var rng = new Rng(3);
            var keys = new List<(int Appliance, LineKeys Keys)>();
            using (var output = new ByteOutput(path))
            {
                var reorderer = new Reorderer(output, 0.3, new Rng(7));
                for (var i = 0; i < 5000; i++)
                {
                    // Few ids, so that conflicts are frequent.
                    var k = new LineKeys(rng.Next(3) == 0 ? rng.Range(1, 20) : 0, rng.Next(3) == 0 ? rng.Range(1, 20) : 0, rng.Range(1, 40), 0);
                    var app = rng.Next(2);
                    keys.Add((app, k));
                    reorderer.Push(Encoding.ASCII.GetBytes(i + "\n"), app, k);
                }
                reorderer.Flush();
            }
            var order = File.ReadAllLines(path).Select(int.Parse).ToList();

            order.Order().Should().Equal(Enumerable.Range(0, 5000), "every line is written once");
            order.Should().NotEqual(Enumerable.Range(0, 5000), "some lines were moved");
            var position = new int[order.Count];
            for (var p = 0; p < order.Count; p++)
            {
                position[order[p]] = p;
            }
            for (var i = 0; i < order.Count; i++)
            {
                // A line moves at most a few positions; related lines keep their order.
                for (var j = i + 1; j < Math.Min(order.Count, i + 12); j++)
                {
                    if (keys[i].Appliance == keys[j].Appliance && keys[i].Keys.Conflicts(keys[j].Keys))
                    {
                        position[i].Should().BeLessThan(position[j], $"line {i} shares an id with line {j}");
                    }
                }
                Math.Abs(position[i] - i).Should().BeLessThan(12);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
