import KusomaState
import SwiftUI
import UniformTypeIdentifiers

/// Settings: the interface language (each named in itself, the chosen one ticked), discreet
/// mode (the plain home-screen icon), and adding a language from a pack file.
struct SettingsScreen: View {
    @ObservedObject var settings: SettingsState
    @EnvironmentObject var app: AppModel
    @EnvironmentObject var discreet: Discreet
    @Environment(\.texts) var texts
    @State private var picking = false

    var body: some View {
        let state = settings.state
        VStack(spacing: 0) {
            TopBar(title: texts.text(.settings)) {
                IconAction(glyph: .back, label: texts.text(.back)) { app.closeSettings() }
            }
            ScrollView {
                VStack(alignment: .leading, spacing: 8) {
                    SectionHeading(glyph: .globe, text: texts.text(.interfaceLanguage))
                    ForEach(state.languages) { language in
                        CardButton(selected: language.tag == state.current, action: { app.chooseLanguage(language.tag) }) {
                            HStack(spacing: 16) {
                                Tick(on: language.tag == state.current)
                                Text(language.name).font(Typeface.title)
                                    .frame(maxWidth: .infinity, alignment: .leading)
                            }
                        }
                        .accessibilityAddTraits(language.tag == state.current ? .isSelected : [])
                    }
                    if discreet.available {
                        CardButton(selected: discreet.on, action: { discreet.set(!discreet.on) }) {
                            HStack(spacing: 16) {
                                Tick(on: discreet.on)
                                GlyphView(glyph: .discreet)
                                Text(texts.text(.discreetMode) ?? "").font(Typeface.body)
                                    .frame(maxWidth: .infinity, alignment: .leading)
                            }
                        }
                        .padding(.top, 16)
                    }
                    ActionButton(glyph: .file, label: texts.text(.installPack), primary: false) { picking = true }
                        .padding(.top, 16)
                    InstallOutcome(installing: settings.installing, installed: state.installed, refused: state.refused)
                }
                .padding(16)
            }
        }
        // Any file: packs arrive by Bluetooth, SD card or a messaging app under any name, and
        // the core checks the contents (and says why a file is refused).
        .fileImporter(isPresented: $picking, allowedContentTypes: [.data]) { result in
            switch result {
            case .success(let url): app.installPack(from: url)
            case .failure(let error): app.problem = error.localizedDescription
            }
        }
    }
}

/// A ticked disc when on, an empty ring when off (shape, not colour, tells it).
private struct Tick: View {
    let on: Bool

    var body: some View {
        ZStack {
            Circle().fill(on ? Palette.primary : Color.clear)
            Circle().stroke(Palette.primary, lineWidth: 3)
            if on { GlyphView(glyph: .check, tint: .white, size: 16) }
        }
        .frame(width: 32, height: 32)
    }
}

/// A section heading: an icon and the core's words.
private struct SectionHeading: View {
    let glyph: Glyph
    let text: String?

    var body: some View {
        HStack(spacing: Metrics.gap) {
            GlyphView(glyph: glyph, size: 30)
            if let text { Text(text).font(Typeface.title) }
        }
        .accessibilityAddTraits(.isHeader)
    }
}

/// What became of the last pack file: installing, installed ✓ (app-pack-installed), or refused
/// ✗ with the core's reason (app-pack-refused).
private struct InstallOutcome: View {
    let installing: Bool
    let installed: String?
    let refused: String?
    @Environment(\.texts) var texts

    var body: some View {
        if installing {
            ProgressView()
        } else if let name = installed {
            Notice(right: true, text: texts.text(.packInstalled, ("pack", name)))
        } else if let reason = refused {
            Notice(right: false, text: texts.text(.packRefused, ("reason", reason)))
        }
    }
}
