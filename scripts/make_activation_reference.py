#!/usr/bin/python3
"""Writes tests/data/activation_reference.csv: 50-digit reference values of every activation.

Run once by hand when the table should change (needs Debian's python3-mpmath); the test only
reads the committed CSV, it never runs Python.

    /usr/bin/python3 scripts/make_activation_reference.py

Every input the C++ code receives is a double, so every x and every parameter is taken as the
exact binary value of that double (mpf(float(...))), never as the decimal it was typed as. The
constants inside the GELU tanh formula, on the other hand, are the exact decimals of its
definition: sqrt(2/pi) and 0.044715, and SELU's lambda and alpha are the published 50-digit
constants.

Slopes at kinks are PyTorch autograd's in float64: ReLU6'(0) = ReLU6'(6) = 0 (hardtanh_backward),
Hardswish'(-3) = 0 and Hardswish'(3) = 1 (hardswish_backward from PyTorch 2.7 on). A SELU value
beyond the largest double (x above DBL_MAX / lambda) has no finite reference and is left out.

Columns: function, parameter (empty when the function has none), x (Python repr, round-trips),
value and slope rounded to 20 significant digits. A magnitude far below anything a binary
floating-point format can hold (under 1e-9999) is written as +-1e-9999: it rounds to a zero of
that sign. An exact zero is written as 0.
"""

import os
import sys

import mpmath
from mpmath import mp, mpf, erfc, exp, expm1, log1p, nstr, pi, sqrt, tanh

mp.dps = 50

TINY = mpf('1e-9999')
GELU_TANH_CUBIC = mpf('0.044715')
SQRT_2_OVER_PI = sqrt(2 / pi)
INV_SQRT_2PI = 1 / sqrt(2 * pi)
SELU_LAMBDA = mpf('1.0507009873554804934193349852946')
SELU_ALPHA = mpf('1.6732632423543772848170429916717')
DOUBLE_MAX = mpf(1.7976931348623157e308)


def normal_pdf(x):
    return INV_SQRT_2PI * exp(-x * x / 2)


def normal_upper_tail(t):
    """Q(t) = 1 - Phi(t), accurate in relative terms for every t."""
    if t <= 1000:
        return erfc(t / sqrt(2)) / 2
    # mpmath's erfc overflows an internal float near t = 1e154. Far out, the asymptotic series
    # Q(t) = phi(t) / t * (1 - 1/t^2 + 3/t^4 - 15/t^6 + ...) is exact to 1e-27 after five terms,
    # far below the 20 digits written.
    inv = 1 / (t * t)
    series = 1 - inv * (1 - 3 * inv * (1 - 5 * inv * (1 - 7 * inv)))
    return normal_pdf(t) / t * series


def normal_cdf(x):
    return 1 - normal_upper_tail(x) if x > 0 else normal_upper_tail(-x)


def relu(x, _):
    return (x, 1) if x > 0 else (0, 0)


def leaky_relu(x, slope):
    return (x, 1) if x > 0 else (slope * x, slope)


def elu(x, alpha):
    return (x, 1) if x > 0 else (alpha * expm1(x), alpha * exp(x))


def gelu(x, _):
    cdf = normal_cdf(x)
    return x * cdf, cdf + x * normal_pdf(x)


def gelu_tanh(x, _):
    u = SQRT_2_OVER_PI * (x + GELU_TANH_CUBIC * x ** 3)
    du = SQRT_2_OVER_PI * (1 + 3 * GELU_TANH_CUBIC * x ** 2)
    # 1 + tanh(u) and 1 - tanh(u)^2 written through e^(-2|u|) <= 1: no cancellation at any
    # precision, however large |u| is.
    e = exp(-2 * abs(u))
    one_plus_tanh = 2 / (1 + e) if u >= 0 else 2 * e / (1 + e)
    sech_squared = 4 * e / (1 + e) ** 2
    return x * one_plus_tanh / 2, one_plus_tanh / 2 + x * sech_squared * du / 2


def softplus(x, beta):
    # The exact log(1 + e^(beta x)) / beta, not PyTorch's linear shortcut above its threshold.
    p = beta * x
    e = exp(-abs(p))
    value = (max(p, 0) + log1p(e)) / beta
    slope = 1 / (1 + e) if p >= 0 else e / (1 + e)
    return value, slope


def logistic(p):
    """sigma(p) and 1 - sigma(p), both without cancellation."""
    e = exp(-abs(p))
    upper, lower = 1 / (1 + e), e / (1 + e)
    return (upper, lower) if p >= 0 else (lower, upper)


def silu(x, beta):
    p = beta * x
    sigma, complement = logistic(p)
    return x * sigma, sigma * (1 + p * complement)


def mish(x, _):
    # tanh(softplus(x)) and sech^2(softplus(x)) through e = e^(-|x|) <= 1, as in gelu_tanh.
    e = exp(-abs(x))
    if x >= 0:
        tanh_sp = (1 + 2 * e) / (1 + 2 * e + 2 * e * e)
        sech2_sp = 4 * e * e * (1 + e) ** 2 / (1 + 2 * e + 2 * e * e) ** 2
    else:
        n = e * (e + 2)
        tanh_sp = n / (n + 2)
        sech2_sp = 4 * (n + 1) / (n + 2) ** 2
    sigma, _ = logistic(x)
    return x * tanh_sp, tanh_sp + x * sech2_sp * sigma


def selu(x, _):
    if x > 0:
        return SELU_LAMBDA * x, SELU_LAMBDA
    return SELU_LAMBDA * SELU_ALPHA * expm1(x), SELU_LAMBDA * SELU_ALPHA * exp(x)


def relu6(x, _):
    if x <= 0:
        return 0, 0
    if x >= 6:
        return 6, 0
    return x, 1


def hardswish(x, _):
    if x <= -3:
        return 0, 0
    if x >= 3:
        return x, 1
    return x * (x + 3) / 6, (2 * x + 3) / 6


def sigmoid(x, _):
    sigma, complement = logistic(x)
    return sigma, sigma * complement


def tanh_(x, _):
    e = exp(-2 * abs(x))
    return tanh(x), 4 * e / (1 + e) ** 2


def normal(x, _):
    return normal_cdf(x), normal_pdf(x)


def symmetric(values):
    return [v for a in values for v in (a, -a)]


# Shared inputs: both signs of the points the issue names, the subnormal range and the limits
# of a double, a sweep over magnitudes, and a grid of non-dyadic points in the middle.
COMMON_X = sorted(set(
    [0.0, -0.0]
    + symmetric([1e-300, 1e-10, 0.5, 0.7518, 1.0, 8.0, 8.0001, 20.0, 37.0, 38.5, 40.0, 100.0,
                 700.0, 1e6, 1e300])
    + symmetric([5e-324, 1e-322, 1e-320, 1e-315, 1e-310, 2.225073858507201e-308,
                 2.2250738585072014e-308, 1.7976931348623157e308])
    + symmetric([m * 10.0 ** k for k in range(-20, 4) for m in (1.0, 3.0)])
    + symmetric([float('%.3f' % (0.37 * i)) for i in range(1, 33)])
    + symmetric([0.1, 0.2, 0.3, 0.7, 1.5, 2.5, 4.2, 6.0, 7.9999, 12.0, 29.9, 30.0, 30.1, 39.9,
                 40.1, 1000.0, 1e20, 1e154, 1e155])
), key=lambda v: (v, str(v)))

# GELU: the zeros of its slope (exact form -0.75179152..., tanh form -0.75246142..., both the
# nearest doubles and points around them), the switch to the Mills ratio at -8, the range where
# x * phi(x) leaves the normal doubles (about -37.5) and underflows (about -38.6).
GELU_X = [-0.7517915246935645, -0.75179, -0.751791, -0.7517916, -0.75179162, -0.751792, -0.7519,
          -0.7524614220710163, -0.7524, -0.75246, -0.752461, -0.7524615, -0.7525, -0.75, -0.76,
          -8.000000000000002, -7.999999999999999, -26.5, -36.0, -37.5, -38.0, -38.3, -38.6, -38.7]

# Softplus: points around the switches in p = beta x (-40 and -800), around exp's underflow
# (-708, -745) and on the positive side.
SOFTPLUS_P = [-1000.0, -800.5, -800.0, -799.5, -760.0, -745.5, -745.0, -740.0, -720.0, -708.5,
              -708.0, -700.0, -400.0, -40.5, -40.0, -39.5, -36.0, -20.0, -5.0, -1.0, -0.001,
              0.001, 0.3, 5.0, 20.0, 36.0, 40.0, 800.0]

# SiLU: points around the switches in p = beta x (-700, -800, 750), exp's underflow, and the
# zero of the slope at p = -1.2784645427610738 (nearest double and its neighbours).
SILU_P = [-1000.0, -800.5, -800.0, -799.5, -760.0, -750.0, -745.5, -740.0, -720.0, -708.5,
          -700.5, -700.0, -699.5, -400.0, -40.0, -5.0, -1.2784645427610738, -1.27846454276107,
          -1.278464542761074, -1.2785, -1.278, -1.0, -0.001, 0.001, 0.3, 5.0, 36.0, 40.0, 700.0,
          749.5, 750.0, 750.5, 800.0]

# Mish: the far-left switches (-700, -800), where e^x and x e^x leave the doubles, the zero of the
# slope (about -1.19224), and where e^(-x)^2 underflows on the right.
MISH_X = [-800.5, -800.0, -799.5, -760.0, -751.0, -745.5, -740.0, -715.0, -709.0, -708.5,
          -700.5, -700.0, -699.5, -1.1922395, -1.192239493, -1.19224, -1.1923, -1.19, -0.6,
          354.9, 372.6, 745.2]

# SELU: the fold of its slope below -700, exp's underflow, and the edge of the doubles on the right.
SELU_X = [-800.5, -800.0, -760.0, -745.5, -740.0, -708.5, -700.5, -700.0, -699.5,
          1.7108250227848946e308, 1.7e308]

# ReLU6 and Hardswish: their kinks and the doubles next to them.
KINK_X = [6.000000000000001, 5.999999999999999, 3.0, -3.0, 3.0000000000000004, 2.9999999999999996,
          -3.0000000000000004, -2.9999999999999996, -1.5, -1.5000000000000002, -1.4999999999999998,
          -6.0, -6.000000000000001]

# sigmoid and tanh: where tails leave the normal doubles and where the slope folds.
SQUASH_X = [-708.5, -709.0, -744.4, -745.1, 19.0, 19.1, 36.7, 349.9, 350.0, 350.1, 354.9, 355.0,
            372.5, 399.9, 400.0, 400.1]

FUNCTIONS = [
    ('relu', relu, [None], []),
    ('leaky-relu', leaky_relu, [0.0, 0.01, 0.1, 0.5], []),
    ('elu', elu, [0.1, 0.7, 1.0, 3.0], []),
    ('gelu', gelu, [None], GELU_X),
    ('gelu-tanh', gelu_tanh, [None], GELU_X),
    ('softplus', softplus, [0.25, 1.0, 2.75, 20.0], None),
    ('normal-cdf', normal, [None], GELU_X),
    ('silu', silu, [0.1, 1.0, 1.702, 10.0], SILU_P),
    ('mish', mish, [None], MISH_X),
    ('selu', selu, [None], SELU_X),
    ('relu6', relu6, [None], KINK_X),
    ('hardswish', hardswish, [None], KINK_X),
    ('sigmoid', sigmoid, [None], symmetric(SQUASH_X)),
    ('tanh', tanh_, [None], symmetric(SQUASH_X)),
]


def text(value):
    value = mpf(value)
    if value == 0:
        return '0'
    if abs(value) < TINY:
        return '-1e-9999' if value < 0 else '1e-9999'
    return nstr(value, 20, min_fixed=-4, max_fixed=6)


def rows():
    for name, function, parameters, extra in FUNCTIONS:
        for parameter in parameters:
            if extra is None:  # softplus: the extra points depend on beta
                xs = COMMON_X + [float(p) / parameter for p in SOFTPLUS_P]
            elif extra is SILU_P:  # the same for SiLU's p = beta x
                xs = COMMON_X + [float(p) / parameter for p in SILU_P]
            else:
                xs = COMMON_X + extra
            seen = set()
            for x in xs:
                key = repr(x)
                if key in seen:
                    continue
                seen.add(key)
                exact_parameter = None if parameter is None else mpf(float(parameter))
                value, slope = function(mpf(float(x)), exact_parameter)
                if abs(value) > DOUBLE_MAX:
                    continue  # SELU beyond the largest double: no finite reference
                yield (name, '' if parameter is None else repr(float(parameter)), key,
                       text(value), text(slope))


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, 'tests', 'data', 'activation_reference.csv')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    count = 0
    with open(path, 'w', encoding='ascii', newline='\n') as out:
        out.write('# Generated by scripts/make_activation_reference.py with mpmath %s at %d digits.\n'
                  % (mpmath.__version__, mp.dps))
        out.write('# x and parameter are exact doubles (Python repr); value and slope are the exact\n'
                  '# results for those doubles to 20 significant digits; +-1e-9999 stands for\n'
                  '# anything smaller in magnitude, 0 for an exact zero.\n')
        out.write('function,parameter,x,value,slope\n')
        for row in rows():
            out.write(','.join(row) + '\n')
            count += 1
    print('%d rows written to %s' % (count, os.path.relpath(path, root)), file=sys.stderr)


if __name__ == '__main__':
    main()
