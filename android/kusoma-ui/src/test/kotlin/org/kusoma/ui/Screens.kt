package org.kusoma.ui

import java.io.File

/** Where render tests write their PNGs (target/screens, set by the pom). */
fun screensDir(): File = File(System.getProperty("kusoma.screens") ?: "target/screens")
