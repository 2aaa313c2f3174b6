#include "app/quit_signals.h"

#include <csignal>
#include <initializer_list>

namespace statecraft {

namespace {
volatile std::sig_atomic_t g_signal = 0;

extern "C" void on_quit_signal(int sig) {
    g_signal = sig;
}
}  // namespace

void install_quit_signals() {
    struct sigaction action {};
    action.sa_handler = on_quit_signal;
    sigemptyset(&action.sa_mask);
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) sigaction(sig, &action, nullptr);
}

int quit_signal_received() {
    return g_signal;
}

}  // namespace statecraft
