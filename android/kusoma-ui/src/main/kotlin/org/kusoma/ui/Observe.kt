package org.kusoma.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.State
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import org.kusoma.state.StateHolder

/** A holder's state as Compose state: recomposes the screen on every change. */
@Composable
fun <S> StateHolder<S>.observe(): State<S> {
    val current = remember(this) { mutableStateOf(state) }
    DisposableEffect(this) {
        val subscription = subscribe { current.value = it }
        onDispose { subscription.close() }
    }
    return current
}
