def price(amount, discount=0):
    if discount:
        return amount * (1 - discount)
    return amount


def label(amount):
    if amount > 100:
        return "expensive"
    return "cheap"
