// Live preview for Markdown editors: debounces typing, posts the text with the form's antiforgery token
// and shows the sanitized HTML the server returns. Without this script the preview shows the saved text.
(function () {
    'use strict';
    if (window.mektepMarkdownEditor) {
        return; // several editors on one page include the script once each
    }
    window.mektepMarkdownEditor = true;

    var delay = 400;

    function attach(editor) {
        var input = editor.querySelector('[data-markdown-input]');
        var preview = editor.querySelector('[data-markdown-preview]');
        var error = editor.querySelector('[data-markdown-preview-error]');
        var form = editor.closest('form');
        if (!input || !preview || !form || editor.dataset.markdownAttached) {
            return;
        }
        editor.dataset.markdownAttached = 'true';

        var timer = 0;
        var sequence = 0;

        function showError(message) {
            if (error) {
                error.textContent = message || '';
                error.hidden = !message;
            }
        }

        function refresh() {
            var token = form.querySelector('input[name="__RequestVerificationToken"]');
            var body = new FormData();
            body.append(editor.dataset.previewField || 'markdown', input.value);
            if (token) {
                body.append('__RequestVerificationToken', token.value);
            }
            var mine = ++sequence;
            fetch(editor.dataset.previewUrl, { method: 'POST', body: body, credentials: 'same-origin' })
                .then(function (response) {
                    return response.text().then(function (text) {
                        return { ok: response.ok, text: text };
                    });
                })
                .then(function (result) {
                    if (mine !== sequence) {
                        return; // a later request already answered or is on its way
                    }
                    if (result.ok) {
                        // The server sanitized this HTML: no scripts, frames or event handlers.
                        preview.innerHTML = result.text;
                        showError('');
                    } else {
                        showError(result.text);
                    }
                })
                .catch(function () {
                    // Offline or the server is away: keep the last preview; saving still works.
                });
        }

        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(refresh, delay);
        });
    }

    function start() {
        document.querySelectorAll('[data-markdown-editor]').forEach(attach);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
