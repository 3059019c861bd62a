package org.kusoma.app

import android.content.Context
import android.media.AudioAttributes
import android.media.MediaPlayer
import android.speech.tts.TextToSpeech
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import java.io.FileInputStream
import java.io.IOException
import java.util.Locale
import org.kusoma.MediaItem
import org.kusoma.ui.Speaker

/**
 * Plays what an exercise asks to be heard: the pack's recording when the item has one
 * (MediaPlayer), else the phone's text-to-speech in the pack's language. One sound at a time: a
 * new tap stops the one before, and the Activity stops all sound when it pauses.
 *
 * A recording the phone cannot play (Opus in an Ogg file needs Android 10, for example) falls
 * back to speech, so the learner still hears the word.
 */
internal class AndroidSpeaker(context: Context, private val assets: PackAssets) : Speaker {
    private enum class Speech { Starting, Ready, Failed }

    // Compose state: a screen that asked hasVoice() while the engine was starting is drawn again
    // when it is ready, or when the voices are checked again.
    private var speech by mutableStateOf(Speech.Starting)
    private var checks by mutableIntStateOf(0)
    private val voices = HashMap<String, Boolean>()
    private var voicesChecked = 0

    private var pending: Pair<String, String>? = null
    private var player: MediaPlayer? = null
    private val tts = TextToSpeech(context.applicationContext) { status ->
        speech = if (status == TextToSpeech.SUCCESS) Speech.Ready else Speech.Failed
        val waiting = pending
        pending = null
        if (waiting != null && speech == Speech.Ready) speak(waiting.first, waiting.second)
    }

    /** Plays [media]: its recording if it has one the pack can give, else speaks its words. */
    override fun play(media: MediaItem, language: String) {
        stop()
        val recording = media.audio?.let { assets.path(it, language) }
        if (recording == null || !playRecording(recording, media, language)) {
            speakWords(media, language)
        }
    }

    /**
     * Whether the phone has a text-to-speech voice for [language]. Until the speech engine has
     * started the answer is yes (a "no voice" note would flash on every first screen), and the
     * screen is asked again once it has.
     */
    override fun hasVoice(language: String): Boolean {
        // Reading `checks` (Compose state) here is what makes a recheck draw the asking screen again.
        if (voicesChecked != checks) {
            voices.clear()
            voicesChecked = checks
        }
        return when (speech) {
            Speech.Starting -> true
            Speech.Failed -> false
            Speech.Ready -> voices.getOrPut(language) {
                tts.isLanguageAvailable(Locale.forLanguageTag(language)) >= TextToSpeech.LANG_AVAILABLE
            }
        }
    }

    /**
     * Forgets which voices were found: a facilitator who saw the "no voice" note may have just
     * installed one in the phone's settings.
     */
    fun recheckVoices() {
        checks++
    }

    /** Stops any recording or speech now playing. */
    fun stop() {
        player?.release()
        player = null
        pending = null
        if (speech == Speech.Ready) tts.stop()
    }

    /** Releases the player and the speech engine; the speaker is not used after this. */
    fun shutdown() {
        stop()
        tts.shutdown()
    }

    private fun playRecording(path: String, media: MediaItem, language: String): Boolean {
        val next = MediaPlayer()
        return try {
            next.setAudioAttributes(
                AudioAttributes.Builder()
                    .setUsage(AudioAttributes.USAGE_MEDIA)
                    .setContentType(AudioAttributes.CONTENT_TYPE_SPEECH)
                    .build(),
            )
            // Opened here and handed over as a descriptor: the media server cannot read the
            // app's private files by path.
            FileInputStream(path).use { next.setDataSource(it.fd) }
            next.setOnPreparedListener { it.start() }
            next.setOnCompletionListener { done(it) }
            next.setOnErrorListener { failed, _, _ ->
                val stillWanted = player === failed // not stopped or replaced by a newer tap
                done(failed)
                if (stillWanted) speakWords(media, language)
                true
            }
            next.prepareAsync()
            player = next
            true
        } catch (e: IOException) {
            next.release()
            false
        } catch (e: RuntimeException) { // IllegalArgument/IllegalState/SecurityException from setDataSource
            next.release()
            false
        }
    }

    private fun done(finished: MediaPlayer) {
        if (player === finished) player = null
        finished.release()
    }

    private fun speakWords(media: MediaItem, language: String) {
        val words = media.speak ?: media.text ?: return
        when (speech) {
            Speech.Ready -> speak(words, language)
            Speech.Starting -> pending = words to language // spoken as soon as the engine is up
            Speech.Failed -> Unit
        }
    }

    private fun speak(words: String, language: String) {
        tts.setLanguage(Locale.forLanguageTag(language))
        tts.speak(words, TextToSpeech.QUEUE_FLUSH, null, UTTERANCE)
    }

    private companion object {
        const val UTTERANCE = "kusoma"
    }
}
