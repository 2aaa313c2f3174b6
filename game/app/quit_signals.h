// SIGTERM (logout, shutdown), SIGINT (Ctrl+C) and SIGHUP (terminal closed) ask the app to quit
// the normal way, so answers waiting in memory are written (or kept in a file) first.
#pragma once

namespace statecraft {

void install_quit_signals();
// The signal received since install_quit_signals(), or 0.
int quit_signal_received();

}  // namespace statecraft
