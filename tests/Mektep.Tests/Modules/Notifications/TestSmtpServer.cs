using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Mektep.Tests.Modules.Notifications;

/// <summary>
/// A minimal SMTP server on a loopback port that the test stops and starts (the shared aiosmtpd is never touched).
/// It keeps every message it accepted; <see cref="DropAfter"/> makes it close the connection after accepting that many
/// messages, like a server that goes away in the middle of a batch.
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;
    private Task? _accepting;
    private int _acceptedSinceStart;

    public TestSmtpServer()
    {
        Port = NotificationTestData.ClosedPort();
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>Close the connection after accepting this many messages since the last start (null: never).</summary>
    public int? DropAfter { get; set; }

    public bool IsRunning => _listener is not null;

    public void Start()
    {
        _acceptedSinceStart = 0;
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _stop = new CancellationTokenSource();
        var token = _stop.Token;
        _accepting = Task.Run(async () =>
        {
            var sessions = new List<Task>();
            try
            {
                while (!token.IsCancellationRequested)
                {
                    var client = await listener.AcceptTcpClientAsync(token);
                    sessions.Add(SessionAsync(client, token));
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopped.
            }

            await Task.WhenAll(sessions);
        });
    }

    public async Task StopAsync()
    {
        if (_listener is null)
        {
            return;
        }

        await _stop!.CancelAsync();
        _listener.Stop();
        await _accepting!;
        _listener = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task SessionAsync(TcpClient client, CancellationToken token)
    {
        using var _ = client;
        try
        {
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 test-smtp ready");
            while (!token.IsCancellationRequested && await reader.ReadLineAsync(token) is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-test-smtp");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "HELO":
                    case "MAIL":
                    case "RCPT":
                    case "RSET":
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 go on");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        Messages.Enqueue(MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(data.ToString())), token));
                        await writer.WriteLineAsync("250 queued");
                        if (DropAfter is { } limit && Interlocked.Increment(ref _acceptedSinceStart) >= limit)
                        {
                            return; // the server goes away after answering
                        }

                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client or the test went away.
        }
    }
}
