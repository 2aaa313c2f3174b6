// Boost.Asio and Boost.Beast for the live server, in one place. Boost 1.74's asio/awaitable.hpp
// uses std::exchange without including <utility>, which GCC 12 in C++20 mode rejects; including
// it first here keeps every user of Beast building.
#pragma once

#include <utility>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
