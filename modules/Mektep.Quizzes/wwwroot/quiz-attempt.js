// Attempt page: saves each answer as the learner goes, keeps answers typed while offline in localStorage and
// sends them when the connection returns, and counts down to the deadline. Without this script the form's
// buttons save and submit the same answers; the server decides the deadline either way.
(function () {
    'use strict';
    var form = document.querySelector('form.attempt-form[data-autosave]');
    if (!form || form.dataset.autosaveAttached) {
        return;
    }
    form.dataset.autosaveAttached = 'true';

    var url = form.dataset.autosave;
    var storageKey = 'mektep.quiz.attempt.' + form.dataset.attempt;
    var status = form.querySelector('.autosave-status');
    var timer = 0;
    var sending = false;

    function show(message) {
        if (status) {
            status.textContent = message || '';
        }
    }

    function questionFields(name) {
        // a.{id} and a.{id}.{option} belong to question {id}
        var id = name.split('.')[1];
        return Array.prototype.filter.call(form.elements, function (el) {
            return el.name && (el.name === 'a.' + id || el.name.indexOf('a.' + id + '.') === 0);
        });
    }

    function collect(names) {
        var pending = {};
        names.forEach(function (name) {
            questionFields(name).forEach(function (el) {
                if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) {
                    pending[el.name] = pending[el.name] || [];
                    return;
                }
                pending[el.name] = (pending[el.name] || []).concat([el.value]);
            });
        });
        return pending;
    }

    function load() {
        try {
            return JSON.parse(localStorage.getItem(storageKey) || '{}');
        } catch (e) {
            return {};
        }
    }

    function store(pending) {
        try {
            if (Object.keys(pending).length === 0) {
                localStorage.removeItem(storageKey);
            } else {
                localStorage.setItem(storageKey, JSON.stringify(pending));
            }
        } catch (e) {
            // Storage full or disabled: the answers are still in the form.
        }
    }

    function send() {
        var pending = load();
        var names = Object.keys(pending);
        if (sending || names.length === 0) {
            return;
        }
        if (!navigator.onLine) {
            show(form.dataset.offlineMessage);
            return;
        }
        var body = new FormData();
        var token = form.querySelector('input[name="__RequestVerificationToken"]');
        if (token) {
            body.append('__RequestVerificationToken', token.value);
        }
        names.forEach(function (name) {
            var values = pending[name];
            if (values.length === 0) {
                body.append(name, '');
            }
            values.forEach(function (value) { body.append(name, value); });
        });
        sending = true;
        fetch(url, { method: 'POST', body: body, credentials: 'same-origin' })
            .then(function (response) {
                return response.json().then(function (json) { return { ok: response.ok, status: response.status, json: json }; });
            })
            .then(function (result) {
                var now = load();
                names.forEach(function (name) {
                    if (JSON.stringify(now[name]) === JSON.stringify(pending[name])) {
                        delete now[name];
                    }
                });
                // A refused answer is not retried: the server said why, and resending would not change that.
                store(now);
                show(result.json && result.json.message);
            })
            .catch(function () {
                show(form.dataset.offlineMessage);
            })
            .then(function () {
                sending = false;
            });
    }

    function changed(event) {
        var el = event.target;
        if (!el.name || el.name.indexOf('a.') !== 0) {
            return;
        }
        var pending = load();
        var fresh = collect([el.name]);
        Object.keys(fresh).forEach(function (name) { pending[name] = fresh[name]; });
        store(pending);
        clearTimeout(timer);
        timer = setTimeout(send, 800);
    }

    // Answers kept from an earlier visit that never reached the server go back into the form, then to the server.
    var kept = load();
    Object.keys(kept).forEach(function (name) {
        var values = kept[name];
        Array.prototype.forEach.call(form.querySelectorAll('[name="' + name.replace(/"/g, '') + '"]'), function (el) {
            if (el.type === 'checkbox' || el.type === 'radio') {
                el.checked = values.indexOf(el.value) >= 0;
            } else if (el.type !== 'hidden') {
                el.value = values[0] || '';
            }
        });
    });

    form.addEventListener('change', changed);
    form.addEventListener('input', changed);
    form.addEventListener('submit', function () { store({}); });
    window.addEventListener('online', send);
    send();

    var clock = form.querySelector('.quiz-timer[data-deadline]');
    if (clock) {
        var deadline = Date.parse(clock.dataset.deadline);
        var tick = function () {
            var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
            var minutes = Math.floor(left / 60);
            var seconds = left % 60;
            var out = clock.querySelector('.time-left');
            if (out) {
                out.textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
            }
            if (left === 0) {
                var submit = form.querySelector('button[value="submit"]');
                if (submit) {
                    submit.click();
                }
                return;
            }
            setTimeout(tick, 1000);
        };
        tick();
    }
})();
