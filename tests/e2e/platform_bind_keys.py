#!/usr/bin/env python3
"""Binds characters to spare keycodes of the X server in $DISPLAY, for xdotool.

xdotool types a character missing from the keymap by binding it to a scratch key and
unbinding it right after the key press; an app that reads the event a moment later finds
nothing there and loses the letter. Binding the characters for good first avoids that race.
usage: platform_bind_keys.py "Zażółć €"   (libX11 through ctypes; no extra packages)
"""
import ctypes
import ctypes.util
import sys

xlib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
xlib.XOpenDisplay.restype = ctypes.c_void_p
xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
xlib.XGetKeyboardMapping.restype = ctypes.POINTER(ctypes.c_ulong)
xlib.XGetKeyboardMapping.argtypes = [ctypes.c_void_p, ctypes.c_ubyte, ctypes.c_int,
                                     ctypes.POINTER(ctypes.c_int)]
xlib.XDisplayKeycodes.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                  ctypes.POINTER(ctypes.c_int)]
xlib.XChangeKeyboardMapping.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                        ctypes.POINTER(ctypes.c_ulong), ctypes.c_int]
xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
xlib.XFree.argtypes = [ctypes.c_void_p]
xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]


def keysym(char):
    code = ord(char)
    # Latin-1 keysyms equal their code points; others use the Unicode keysym range.
    return code if 0x20 <= code <= 0xFF else 0x01000000 + code


def main():
    display = xlib.XOpenDisplay(None)
    if not display:
        sys.exit("cannot open the X display")
    low, high = ctypes.c_int(), ctypes.c_int()
    xlib.XDisplayKeycodes(display, ctypes.byref(low), ctypes.byref(high))
    count = high.value - low.value + 1
    per_code = ctypes.c_int()
    table = xlib.XGetKeyboardMapping(display, low.value, count, ctypes.byref(per_code))
    spare = [low.value + i for i in range(count)
             if all(table[i * per_code.value + j] == 0 for j in range(per_code.value))]
    xlib.XFree(table)
    wanted = sorted({c for c in "".join(sys.argv[1:]) if ord(c) > 0x7F})
    if len(wanted) > len(spare):
        sys.exit("not enough spare keycodes")
    for char, code in zip(wanted, spare):
        syms = (ctypes.c_ulong * 2)(keysym(char), keysym(char))
        xlib.XChangeKeyboardMapping(display, code, 2, syms, 1)
    xlib.XSync(display, 0)
    xlib.XCloseDisplay(display)


if __name__ == "__main__":
    main()
