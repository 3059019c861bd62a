package org.kusoma.app

import android.graphics.Bitmap
import android.graphics.BitmapFactory
import android.util.LruCache
import androidx.compose.ui.graphics.ImageBitmap
import androidx.compose.ui.graphics.asImageBitmap

/**
 * Turns a pack's picture files into images for the screens (LocalPictureLoader). Pictures are
 * decoded scaled down to at most [MAX_SIDE] pixels on their longer side — a picture on screen is
 * never larger, and a phone with 1 GB of memory has none to spare for a camera-sized PNG — and
 * kept in a small cache, because the screens ask again on every redraw.
 *
 * Decoding happens when a screen first asks, on the main thread: pack pictures are small (the
 * checker caps their size). Files BitmapFactory cannot read (SVG) give null, and the screen
 * draws its placeholder.
 */
internal class PictureLoader(private val assets: PackAssets) {
    private val cache = object : LruCache<String, ImageBitmap>(CACHE_BYTES) {
        override fun sizeOf(key: String, value: ImageBitmap) = value.width * value.height * 4
    }
    private val unreadable = HashSet<String>()

    /** The picture [asset] of the course's pack, or null when there is none or it cannot be read. */
    fun load(asset: String): ImageBitmap? {
        cache.get(asset)?.let { return it }
        if (asset in unreadable) return null
        val image = assets.path(asset)?.let(::decode)?.asImageBitmap()
        if (image == null) unreadable += asset else cache.put(asset, image)
        return image
    }

    private fun decode(path: String): Bitmap? {
        val bounds = BitmapFactory.Options().apply { inJustDecodeBounds = true }
        BitmapFactory.decodeFile(path, bounds)
        if (bounds.outWidth <= 0 || bounds.outHeight <= 0) return null
        var sample = 1
        while (maxOf(bounds.outWidth, bounds.outHeight) / (sample * 2) >= MAX_SIDE) sample *= 2
        return BitmapFactory.decodeFile(path, BitmapFactory.Options().apply { inSampleSize = sample })
    }

    private companion object {
        /** Largest side decoded, in pixels: a big exercise picture at 2–3 px per dp. */
        const val MAX_SIDE = 512
        /** About 8 full-size pictures. */
        const val CACHE_BYTES = 8 * 1024 * 1024
    }
}
