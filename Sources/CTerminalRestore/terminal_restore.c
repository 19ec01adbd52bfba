#include "CTerminalRestore.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_mode;
static volatile sig_atomic_t have_saved_mode = 0;
static volatile sig_atomic_t guard_installed = 0;

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
#define CRASH_SIGNAL_COUNT (sizeof(crash_signals) / sizeof(crash_signals[0]))
static struct sigaction previous_actions[CRASH_SIGNAL_COUNT];

int ctr_save_terminal(void) {
    if (tcgetattr(STDIN_FILENO, &saved_mode) != 0) {
        return -1;
    }
    have_saved_mode = 1;
    return 0;
}

static void restore_terminal(void) {
    static const char reset[] = "\033[0m\033[?25h\033[?1049l\r\n";
    if (have_saved_mode) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_mode);
    }
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof(reset) - 1);
    (void)ignored;
}

static void crash_handler(int signo, siginfo_t *info, void *context) {
    (void)info;
    (void)context;
    restore_terminal();
    for (unsigned i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        if (crash_signals[i] == signo) {
            /* Reinstall what was there; returning re-executes the fault into it. */
            sigaction(signo, &previous_actions[i], NULL);
            if (signo == SIGABRT) {
                raise(signo);
            }
            return;
        }
    }
}

void ctr_install_crash_guard(void) {
    if (guard_installed) {
        return;
    }
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_sigaction = crash_handler;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        sigaction(crash_signals[i], &action, &previous_actions[i]);
    }
    guard_installed = 1;
}

void ctr_remove_crash_guard(void) {
    if (!guard_installed) {
        return;
    }
    for (unsigned i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        sigaction(crash_signals[i], &previous_actions[i], NULL);
    }
    guard_installed = 0;
}
