package org.kusoma.state

import org.kusoma.AppDefaults
import org.kusoma.appDefaults

/** What both apps must agree on, from the core (`kusoma_core::screens::defaults`). */
val DEFAULTS: AppDefaults by lazy { appDefaults() }

/** How many pictures make a picture login. */
val PICTURE_LOGIN_LENGTH: Int get() = DEFAULTS.loginLength.toInt()

/** The login grid's pictures, in the order the core numbers them (its hash depends on it). */
val PICTURE_LOGIN_ICONS: List<String> get() = DEFAULTS.loginPictures

/** The pictures a learner's card can carry. */
val LEARNER_ICONS: List<String> get() = DEFAULTS.cardPictures

/** The fewest and most digits a PIN has (the core refuses others). */
val PIN_MIN: Int get() = DEFAULTS.pinMin.toInt()
val PIN_MAX: Int get() = DEFAULTS.pinMax.toInt()
