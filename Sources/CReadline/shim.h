#ifndef WORKSHOP_CREADLINE_SHIM_H
#define WORKSHOP_CREADLINE_SHIM_H

// GNU readline needs stdio's FILE declared before its headers.
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>
#include <signal.h>
#include <poll.h>

// Readline's configuration lives in mutable C globals, which Swift 6 strict
// concurrency will not let us touch directly. These setters are the only
// door to them; callers keep to the main thread.

static inline void workshop_rl_set_name(const char *name) {
    rl_readline_name = name;
}

static inline void workshop_rl_set_completer(rl_completion_func_t *fn) {
    rl_attempted_completion_function = fn;
}

static inline void workshop_rl_set_completion_append_character(int c) {
    rl_completion_append_character = c;
}

static inline void workshop_rl_set_attempted_completion_over(int over) {
    rl_attempted_completion_over = over;
}

static inline void workshop_rl_set_basic_word_break_characters(const char *chars) {
    rl_basic_word_break_characters = chars;
}

static inline void workshop_rl_set_catch_signals(int on) {
    rl_catch_signals = on;
}

static inline const char *workshop_rl_line_buffer(void) {
    return rl_line_buffer;
}

static inline int workshop_rl_point(void) {
    return rl_point;
}

static inline int workshop_rl_end(void) {
    return rl_end;
}

/// Clears the line being edited and redraws a fresh prompt (used on Ctrl-C).
static inline void workshop_rl_reset_line(void) {
    rl_free_line_state();
    rl_cleanup_after_signal();
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_reset_after_signal();
}

static inline void workshop_rl_set_event_hook(rl_hook_func_t *fn) {
    rl_event_hook = fn;
}

static inline void workshop_rl_done(void) {
    rl_done = 1;
}

/// Waits until `fd` or `other` (if >= 0) is readable, every signal unblocked for the wait only
/// (ppoll), so a blocked SIGINT is delivered exactly here. poll, not select: FD_SET is undefined
/// for descriptors of 1024 and above, which a live room with many connections reaches.
/// Returns a mask (1: `fd` readable, 2: `other` readable), or -1 with EINTR on a signal.
static inline int workshop_wait_for_either(int fd, int other) {
    struct pollfd watched[2] = {{fd, POLLIN, 0}, {other, POLLIN, 0}};
    sigset_t none;
    sigemptyset(&none);
#if defined(__linux__)
    int ready = ppoll(watched, other >= 0 ? 2 : 1, NULL, &none);
#else
    // No ppoll (macOS): the signals are unblocked around poll, so one that arrives just before it
    // is handled there and the wait ends only at the next key.
    sigset_t was;
    sigprocmask(SIG_SETMASK, &none, &was);
    int ready = poll(watched, other >= 0 ? 2 : 1, -1);
    sigprocmask(SIG_SETMASK, &was, NULL);
#endif
    if (ready <= 0) return ready;
    // A hang-up or error counts as readable: the read that follows sees it.
    short seen = POLLIN | POLLHUP | POLLERR | POLLNVAL;
    return ((watched[0].revents & seen) ? 1 : 0) | (other >= 0 && (watched[1].revents & seen) ? 2 : 0);
}

static inline int workshop_history_length(void) {
    return history_length;
}

static inline int workshop_history_base(void) {
    return history_base;
}

/// The newest history entry's text, or NULL when the history is empty.
static inline const char *workshop_history_last(void) {
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry ? entry->line : NULL;
}

static inline void workshop_rl_set_completion_query_items(int items) {
    rl_completion_query_items = items;
}

static inline void workshop_rl_set_catch_sigwinch(int on) {
    rl_catch_sigwinch = on;
}

#endif
