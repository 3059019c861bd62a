package org.kusoma.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Text
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.jetbrains.skia.EncodedImageFormat
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.File

/** Proves the Compose compiler plugin, the desktop runtime and Skia's raster backend work here. */
class ComposeSmokeTest {
    @Test
    fun aComposableRendersToPngHeadlessly() {
        val scene = ImageComposeScene(width = 360, height = 200, density = Density(1f)) {
            Column(Modifier.fillMaxSize().background(Color.White).padding(16.dp)) {
                Text("Kusoma", fontSize = 24.sp)
                Text("कमल  سلام  Karibu", fontSize = 24.sp)
            }
        }
        val png = try {
            scene.render().encodeToData(EncodedImageFormat.PNG)!!.bytes
        } finally {
            scene.close()
        }
        val out = File(screensDir(), "smoke.png").apply { parentFile.mkdirs(); writeBytes(png) }
        assertTrue(out.length() > 1000, "PNG of ${out.length()} bytes")
    }
}
