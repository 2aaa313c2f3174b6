#include "support/live_app_fixture.h"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "support/live_fixture.h"
#include "support/store_fixture.h"

namespace statecraft::testing {

namespace {

ControllerOptions live_app_options(Store* store) {
    setenv("STATECRAFT_LIVE_BIND", "127.0.0.1", 1);
    setenv("STATECRAFT_LIVE_PORT", "0", 1);
    REQUIRE(store);
    ControllerOptions options;
    options.store = store;
    options.profile = "Ana";
    options.wall_ms = [] { return test_now(); };
    options.background_writes = true;  // as the app: locked questions go by the writer's thread
    return options;
}

}  // namespace

LiveAppFixture::LiveAppFixture()
    : store_(Store::open(db_, test_options())), app_(live_app_options(store_.store.get())) {}

LiveAppFixture::~LiveAppFixture() {
    unsetenv("STATECRAFT_LIVE_BIND");
    unsetenv("STATECRAFT_LIVE_PORT");
}

bool LiveAppFixture::tick_until(const std::function<bool()>& ok) {
    for (int i = 0; i < 300; ++i) {
        app_.controller->tick();
        if (ok()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

unsigned short LiveAppFixture::port() const {
    const std::string& address = state().live.address;
    return static_cast<unsigned short>(std::stoi(address.substr(address.rfind(':') + 1)));
}

void LiveAppFixture::join(WsClient& player, int n, const std::string& name) {
    REQUIRE(player.connected());
    REQUIRE(player.read_until("hello"));
    player.send(nlohmann::json{
        {"type", "join"}, {"pin", state().live.pin}, {"token", token_for(n)}, {"name", name}});
    REQUIRE(player.read_until("welcome"));
}

std::vector<ClassroomExportRow> LiveAppFixture::stored() const {
    OpenResult opened = Store::open(db_, test_options());
    REQUIRE(opened.store);
    std::vector<ClassroomExportRow> rows;
    std::string error;
    REQUIRE_MESSAGE(opened.store->for_each_classroom_row(
                        [&](const ClassroomExportRow& r) { rows.push_back(r); }, error),
                    error);
    return rows;
}

nlohmann::json any_live_answer(const nlohmann::json& q) {
    nlohmann::json a = {{"type", "answer"}, {"question", q["question"]}, {"round", q["round"]}};
    const std::string kind = q["kind"];
    if (kind == "single" || kind == "poll") a["choice"] = 0;
    if (kind == "multiple") a["choices"] = {0};
    if (kind == "true_false") a["value"] = true;
    if (kind == "matching") a["matches"] = std::vector<int>(q["lefts"].size(), -1);
    if (kind == "ordering") {
        std::vector<int> order(q["items"].size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
        a["order"] = order;
    }
    if (kind == "short_answer") a["text"] = "an answer";
    if (kind == "estimate") a["value"] = 1;
    if (kind == "matrix") a["cells"] = std::vector<int>(q["rows"].size() * q["columns"].size(), 2);
    return a;
}

}  // namespace statecraft::testing
