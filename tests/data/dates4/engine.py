"""Rule helpers for the dates4 phrase set. Every expected value in rows.py is re-computed here.
Deterministic: no clock reads, no randomness. Business days come only from chinesecalendar."""
import datetime as dt
import calendar as _cal
import chinese_calendar as cc

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
D = dt.date
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


class Ctx:
    def __init__(self, send_iso):
        self.send_iso = send_iso
        self.inst = dt.datetime.fromisoformat(send_iso).astimezone(SHANGHAI)
        self.sd = self.inst.date()


def make_ns(ctx):
    sd = ctx.sd

    def known(day):
        cc.is_workday(day)  # raises NotImplementedError outside the package's years: never guess
        return True

    def is_work(day):
        return cc.is_workday(day)

    def at(day, h, m=0):
        return None if day is None else (day, "%02d:%02d" % (h, m))

    def none():
        return None

    def ymd(y, m, d):
        try:
            return D(y, m, d)
        except ValueError:
            return None

    def md(m, d):
        """month-day, no year: this year; if more than 90 days past, next year (dates-eval §1)."""
        try:
            c = D(sd.year, m, d)
        except ValueError:
            return None  # no such day this year -> flag
        if (sd - c).days > 90:
            try:
                return D(sd.year + 1, m, d)
            except ValueError:
                return None
        return c

    def dayonly(d):
        """day of month only: this month if not yet past (today counts), else next month."""
        y, m = sd.year, sd.month
        if d < sd.day:
            m += 1
            if m == 13:
                y, m = y + 1, 1
        try:
            return D(y, m, d)
        except ValueError:
            return None

    def wd(k):
        """bare weekday: nearest such day on or after the send date (corpus README rule)."""
        return sd + dt.timedelta((k - sd.weekday()) % 7)

    def this_wk(k):
        """本周X/这周X/this X: this Mon-Sun week; if already past, next week's (corpus 010)."""
        c = sd - dt.timedelta(sd.weekday()) + dt.timedelta(k)
        return c if c >= sd else c + dt.timedelta(7)

    def next_wk(k, n=1):
        return sd - dt.timedelta(sd.weekday()) + dt.timedelta(7 * n + k)

    def week_end(n=0):
        return next_wk(SUN, n)

    def rel(n):
        return sd + dt.timedelta(n)

    def hours(h=0, m=0):
        t = ctx.inst + dt.timedelta(hours=h, minutes=m)
        return (t.date(), t.strftime("%H:%M"))

    def wdays(n):
        """N个工作日内: count from the first workday after the send day; the Nth workday."""
        day, c = sd, 0
        while c < n:
            day += dt.timedelta(1)
            known(day)
            if is_work(day):
                c += 1
        return day

    def next_workday(frm=None):
        day = frm or sd
        while True:
            day += dt.timedelta(1)
            known(day)
            if is_work(day):
                return day

    def month_end(off=0, year=None, month=None):
        y, m = (year, month) if month else (sd.year, sd.month + off)
        while m > 12:
            y, m = y + 1, m - 12
        return D(y, m, _cal.monthrange(y, m)[1])

    def month_day(day, off=0):
        y, m = sd.year, sd.month + off
        while m > 12:
            y, m = y + 1, m - 12
        return D(y, m, day)

    def add_months(n):
        y, m = sd.year, sd.month + n
        while m > 12:
            y, m = y + 1, m - 12
        return D(y, m, min(sd.day, _cal.monthrange(y, m)[1]))

    def quarter_end(q=None, year=None):
        y = year or sd.year
        q = q or (sd.month - 1) // 3 + 1
        return month_end(year=y, month=3 * q)

    def year_end(y=None):
        return D(y or sd.year, 12, 31)

    def hol_block(name, occurrence_after=None):
        """first block of days off containing a day of holiday `name`, starting on/after the send date."""
        day = occurrence_after or sd
        for _ in range(400):
            known(day)
            on, hname = cc.get_holiday_detail(day)
            if on and hname and hname.lower() == name.lower() and not is_work(day):
                start = day
                while not is_work(start - dt.timedelta(1)):
                    start -= dt.timedelta(1)
                end = day
                while not is_work(end + dt.timedelta(1)):
                    end += dt.timedelta(1)
                return start, end
            day += dt.timedelta(1)
        raise ValueError(name)

    def before_hol(name):
        start, _ = hol_block(name)
        day = start
        while True:
            day -= dt.timedelta(1)
            if is_work(day):
                return day

    def after_hol(name):
        _, end = hol_block(name)
        return next_workday(end)

    def wd_check(day, k):
        """date written with a weekday: blank (flag) when they contradict."""
        return day if day is not None and day.weekday() == k else None

    return {k: v for k, v in locals().items() if not k.startswith("_")} | {
        "D": D, "MON": MON, "TUE": TUE, "WED": WED, "THU": THU, "FRI": FRI, "SAT": SAT, "SUN": SUN}


def evaluate(rule, send_iso):
    ctx = Ctx(send_iso)
    ns = make_ns(ctx)
    r = eval(rule, {"__builtins__": {}}, ns)
    if r is None:
        return "", ""
    if isinstance(r, tuple):
        return r[0].isoformat(), r[1]
    return r.isoformat(), ""
