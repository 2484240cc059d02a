namespace Mektep.Tests.Infrastructure;

/// <summary>Posts a page's form the way a browser does: token from the page, then the fields.</summary>
public static class FormClientExtensions
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string? handler, IDictionary<string, string> fields, string? postUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = SiteFactory.AntiforgeryToken(page) };
        if (handler is not null)
        {
            form["_handler"] = handler;
        }

        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(form));
    }

    /// <summary>The body of a form post: the fields, the form's handler name and the token read from <paramref name="page"/>.</summary>
    public static FormUrlEncodedContent Form(string page, string handler, Dictionary<string, string> fields)
    {
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = SiteFactory.AntiforgeryToken(page);
        return new FormUrlEncodedContent(fields);
    }

    /// <summary>Posts the sign-in form; <paramref name="query"/> goes after the page's address (a return URL).</summary>
    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password, string query = "")
        => client.PostFormAsync("/account/login" + query, "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public static HttpClient InEnglish(this HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }
}
