#ifndef WORKSHOP_CQRENCODE_SHIM_H
#define WORKSHOP_CQRENCODE_SHIM_H

// libqrencode (libqrencode-dev): a string to a QR code's modules. The library keeps no mutable
// globals a caller must set, so nothing else is needed here; `QRcode_encodeString` returns a
// code the caller frees with `QRcode_free`.
#include <qrencode.h>

#endif
