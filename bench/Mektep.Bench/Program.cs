using Mektep.Bench;

// bench/run.sh is the entry point; it starts PostgreSQL and passes the connection and the published site.
return await BenchCommand.RunAsync(args);
