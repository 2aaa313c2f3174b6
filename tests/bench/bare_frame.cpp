// The start-up baseline: the least an SFML + Dear ImGui program does to show one frame.
// Window, ImGui context, OpenGL3 renderer, default font, one frame, saved as PNG, exit.
//   bench_bare_frame OUT.png
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <SFML/Graphics.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " OUT.png\n";
        return 2;
    }
    sf::RenderWindow window(sf::VideoMode(1280, 720), "bare frame");
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280.f, 720.f);
    io.DeltaTime = 1.f / 60.f;
    ImGui_ImplOpenGL3_Init(nullptr);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0.f, 0.f));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("bare", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted("One frame.");
    ImGui::Button("A button");
    ImGui::End();
    ImGui::Render();
    window.clear();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    sf::Texture texture;
    texture.create(window.getSize().x, window.getSize().y);
    texture.update(window);
    const bool saved = texture.copyToImage().saveToFile(argv[1]);
    window.display();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
    return saved ? 0 : 1;
}
