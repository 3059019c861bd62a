import AVFoundation
import Kusoma

/// Plays what an exercise asks to be heard: the pack's recording when `MediaItem.audio` is set,
/// else the phone's text-to-speech of `speak` (or the text) in the pack's language — the iOS
/// side of Android's `Speaker`.
@MainActor
final class Speaker: ObservableObject {
    /// Languages whose no-voice note the facilitator has closed (it does not come back).
    @Published private(set) var noVoiceDismissed: Set<String> = []
    /// The open engine, for resolving recordings (`assetPath`); nil while it opens.
    var engine: KusomaEngine?
    private let synthesizer = AVSpeechSynthesizer() // kept: a released synthesizer stops talking
    private var player: AVAudioPlayer?
    /// Voices found per language tag (listing the installed voices is slow the first time).
    private var voices: [String: AVSpeechSynthesisVoice?] = [:]

    /// Sets the audio session up for speech.
    init() {
        // Playback, not the default ambient category: the ring/silent switch must not silence
        // a learner who cannot read the screen yet. Spoken-audio mode lets other audio duck.
        try? AVAudioSession.sharedInstance().setCategory(.playback, mode: .spokenAudio, options: [.duckOthers])
    }

    /// Plays `media`: the recording from `pack` if it has one and iOS can decode it, else speech.
    func play(_ media: MediaItem, language: String, pack: String) {
        stop()
        if let asset = media.audio, let path = try? engine?.assetPath(pack: pack, asset: asset) {
            // AVAudioPlayer refuses formats it cannot decode (Ogg before iOS 17, for one):
            // then the words are spoken instead of staying silent.
            if let player = try? AVAudioPlayer(contentsOf: URL(fileURLWithPath: path)) {
                try? AVAudioSession.sharedInstance().setActive(true)
                self.player = player
                player.play()
                return
            }
        }
        guard let words = media.speak ?? media.text, let voice = voice(for: language) else { return }
        let utterance = AVSpeechUtterance(string: words)
        utterance.voice = voice
        // A little slower than the default: new readers match sounds to letters as they hear them.
        utterance.rate = AVSpeechUtteranceDefaultSpeechRate * 0.85
        synthesizer.speak(utterance)
    }

    /// Stops whatever is playing (a new sound replaces the old one).
    func stop() {
        player?.stop()
        player = nil
        if synthesizer.isSpeaking { synthesizer.stopSpeaking(at: .immediate) }
    }

    /// Whether the phone can speak `language` (BCP 47) aloud. When it cannot and an exercise has
    /// no recording, the exercise screen shows the facilitator the app-no-voice note.
    func hasVoice(_ language: String) -> Bool { voice(for: language) != nil }

    /// Closes the no-voice note for `language` for as long as the app runs.
    func dismissNoVoice(_ language: String) { noVoiceDismissed.insert(language) }

    /// A voice for `language`: the system's pick if it really speaks that language (not the
    /// default voice handed back for an unknown one), else any installed voice of the language.
    func voice(for language: String) -> AVSpeechSynthesisVoice? {
        if let known = voices[language] { return known }
        let primary = Self.primaryTag(language)
        var found = AVSpeechSynthesisVoice(language: language)
        if let voice = found, Self.primaryTag(voice.language) != primary { found = nil }
        if found == nil {
            found = AVSpeechSynthesisVoice.speechVoices().first { Self.primaryTag($0.language) == primary }
        }
        voices[language] = .some(found)
        return found
    }

    /// "sw-KE" → "sw".
    private static func primaryTag(_ tag: String) -> String {
        String(tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? Substring(tag)).lowercased()
    }
}
